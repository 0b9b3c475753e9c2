// Where a document's own printed marks or ratios disagree with its numbers.
import { graphql } from '../api.js';
import { h, link, route, fyLabel } from '../ui.js';

// The city picker offers the cities that have a discrepancy (not all 1,741 municipalities).
const QUERY = `query($city: ID, $plan: ID) {
  everywhere: discrepancies(planId: $plan) { element { plan { city { code name } } } indicator { city { code name } } }
  discrepancies(cityCode: $city, planId: $plan) {
    kind fiscalYear { year } group reported computed explanation
    element { id code title plan { id title } }
    indicator { id name }
    document { title }
  }
}`;

export async function discrepancies({ params, go }) {
  const city = params.get('city') || null;
  const plan = params.get('plan') || null;
  const data = await graphql(QUERY, { city, plan });
  const cities = new Map(data.everywhere.map((d) => d.element?.plan.city ?? d.indicator.city).map((c) => [c.code, c]));
  if (city && !cities.has(city)) cities.set(city, { code: city, name: city });
  const select = h('select', { id: 'discrepancy-city', onchange: (e) => go('discrepancies', { city: e.target.value }) },
    h('option', { value: '' }, 'すべての市'),
    [...cities.values()].sort((a, b) => a.code.localeCompare(b.code)).map((c) => h('option', { value: c.code, selected: c.code === city }, c.name)));
  return h('div', {},
    h('h1', {}, '計画書の数値と印刷の不一致'),
    h('p', { class: 'lead' }, '計画書に印刷された評価（◎○△—）や前年度比が、同じ計画書の数値から計算した結果と合わない箇所です。最後の桁の丸めの範囲は一致とみなします。'),
    h('div', { class: 'toolbar' }, h('label', { for: 'discrepancy-city' }, '市 ', select), plan ? h('span', { class: 'muted' }, '計画: ' + plan) : null),
    data.discrepancies.length === 0 ? h('p', {}, '不一致はありません。') : h('div', { class: 'table-wrap' }, h('table', { id: 'discrepancies' },
      h('thead', {}, h('tr', {}, ['種類', '対象', '年度', '印刷', '計算', '説明', '出典'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, data.discrepancies.map((d) => h('tr', {},
        h('td', {}, d.kind === 'MARK' ? '評価記号' : '前年度比'),
        h('td', {},
          d.indicator ? link(route('indicator/' + d.indicator.id, { fy: d.fiscalYear?.year }), d.indicator.name) : null,
          d.element ? [d.indicator ? h('br') : null, link(route('plan/' + d.element.plan.id, { fy: d.fiscalYear?.year, open: d.element.id }), (d.element.code ? d.element.code + ' ' : '') + d.element.title)] : null,
          d.group ? h('div', { class: 'muted' }, d.group) : null),
        h('td', {}, fyLabel(d.fiscalYear?.year)),
        h('td', { class: 'num' }, d.reported),
        h('td', { class: 'num' }, d.computed),
        h('td', {}, d.explanation),
        h('td', { class: 'muted' }, d.document.title),
      ))))),
  );
}
