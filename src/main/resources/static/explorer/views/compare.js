// Cities side by side on one concept (normalised progress against the share of the plan period gone
// by) or one theme such as an SDG (the share of their indicators by status), as charts and tables.
import { graphql } from '../api.js';
import { chart } from '../chart.js';
import { h, link, route, fySelect, statusBadge, ACHIEVEMENT, TRAJECTORY, percent, number, fyLabel } from '../ui.js';

const CHOICES = `{ concepts { id name nameEn } themes { id code name nameEn } }`;

const BY_CONCEPT = `query($concept: ID, $fy: FiscalYear) {
  compare(concept: $concept, asOf: $fy) {
    concept { name nameEn description }
    cities { city { code name nameEn } indicators {
      indicator { id name unit } baseline baselineYear { year } target targetYear { year } latest latestYear { year } progress timeElapsed status trajectory } }
  }
}`;

const BY_THEME = `query($theme: ID, $fy: FiscalYear) {
  compare(theme: $theme, asOf: $fy) {
    theme { code name nameEn }
    cities { city { code name nameEn } elementCount indicatorCount statuses { status count share } }
  }
}`;

export async function compare({ params, go }) {
  const { concepts, themes } = await graphql(CHOICES);
  // With nothing chosen: SDG 11, where every city has elements and Hitachi's statuses show.
  const concept = params.get('concept');
  const theme = concept ? null : params.get('theme') || themes.find((t) => t.code === 'SDG 11')?.id || themes[0]?.id;
  const fy = params.get('fy') ? Number(params.get('fy')) : null;
  const select = h('select', { id: 'compare-on', onchange: (e) => { const [kind, id] = e.target.value.split(':'); go('compare', { [kind]: id, fy }); } },
    h('optgroup', { label: '概念（指標の種類）' }, concepts.map((c) => h('option', { value: 'concept:' + c.id, selected: c.id === concept }, `${c.name}（${c.nameEn || ''}）`))),
    h('optgroup', { label: 'テーマ（SDGs）' }, themes.map((t) => h('option', { value: 'theme:' + t.id, selected: t.id === theme }, `${t.code} ${t.name}`))));
  const toolbar = h('div', { class: 'toolbar' }, h('label', { for: 'compare-on' }, '比較の軸 ', select),
    fySelect(fy, (year) => go('compare', { concept, theme, fy: year })));
  const body = theme ? await byTheme(theme, fy) : await byConcept(concept, fy);
  return h('div', { class: 'compare' }, h('h1', {}, '都市の比較'), toolbar, body);
}

async function byConcept(concept, fy) {
  const { compare: c } = await graphql(BY_CONCEPT, { concept, fy });
  if (!c) return h('p', {}, '概念が見つかりません: ' + concept);
  const rows = c.cities.flatMap((city) => city.indicators.map((i) => ({ city: city.city, ...i })));
  const names = rows.map((r) => `${r.city.name}\n${r.indicator.name.length > 14 ? r.indicator.name.slice(0, 14) + '…' : r.indicator.name}`);
  return h('section', {},
    h('h2', {}, c.concept.name, ' ', h('small', { lang: 'en', class: 'muted' }, c.concept.nameEn || '')),
    c.concept.description ? h('p', { class: 'muted' }, c.concept.description) : null,
    h('p', { class: 'muted' }, '進捗 =（最新値 − 基準値）÷（目標値 − 基準値）。期間経過 = 基準年度から目標年度までのうち過ぎた割合。進捗が期間経過に追いついていれば順調です。'),
    chart({
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? 'データなし' : Math.round(v * 100) + '%') },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 70 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', axisLabel: { formatter: (v) => Math.round(v * 100) + '%' } },
      series: [
        { name: '進捗（正規化）', type: 'bar', data: rows.map((r) => r.progress) },
        { name: '期間の経過', type: 'bar', data: rows.map((r) => r.timeElapsed) },
      ],
    }, { label: `${c.concept.name}: 都市ごとの進捗と期間の経過` }),
    h('div', { class: 'table-wrap' }, h('table', { id: 'compare-table' },
      h('thead', {}, h('tr', {}, ['市', '指標', '基準値', '目標値', '最新値', '進捗', '期間経過', '状況', '軌道'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map((r) => h('tr', {},
        h('td', {}, r.city.name),
        h('td', {}, link(route('indicator/' + r.indicator.id), r.indicator.name)),
        h('td', { class: 'num' }, number(r.baseline), r.baselineYear ? ` (${fyLabel(r.baselineYear.year)})` : ''),
        h('td', { class: 'num' }, number(r.target), r.targetYear ? ` (${fyLabel(r.targetYear.year)})` : ''),
        h('td', { class: 'num' }, number(r.latest), r.latestYear ? ` (${fyLabel(r.latestYear.year)})` : ''),
        h('td', { class: 'num' }, percent(r.progress)),
        h('td', { class: 'num' }, percent(r.timeElapsed)),
        h('td', {}, statusBadge(r.status)),
        h('td', {}, TRAJECTORY[r.trajectory] || r.trajectory)))))),
  );
}

async function byTheme(theme, fy) {
  const { compare: c } = await graphql(BY_THEME, { theme, fy });
  if (!c) return h('p', {}, 'テーマが見つかりません: ' + theme);
  const statuses = Object.keys(ACHIEVEMENT);
  const colors = { TARGET_MET: '#0a7a3d', BASELINE_MET: '#2563a8', BELOW_BASELINE: '#d9731a', NOT_PUBLISHED: '#9aa3ad', NOT_EVALUABLE: '#d5dae0' };
  const cities = c.cities.map((x) => x.city.name);
  return h('section', {},
    h('h2', {}, `${c.theme.code} ${c.theme.name}`, ' ', h('small', { lang: 'en', class: 'muted' }, c.theme.nameEn || '')),
    h('p', { class: 'muted' }, 'このテーマに役立つ各市の指標を、達成状況ごとの割合で示します。'),
    chart({
      tooltip: { trigger: 'axis', valueFormatter: (v) => Math.round((v || 0) * 100) + '%' },
      legend: { top: 0 },
      grid: { left: 80, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v) => Math.round(v * 100) + '%' } },
      yAxis: { type: 'category', data: cities, inverse: true },
      series: statuses.map((s) => ({
        name: `${ACHIEVEMENT[s].mark} ${ACHIEVEMENT[s].label}`, type: 'bar', stack: 'share', itemStyle: { color: colors[s] },
        data: c.cities.map((x) => x.statuses.find((st) => st.status === s)?.share ?? 0),
      })),
    }, { label: `${c.theme.code}: 都市ごとの指標の達成状況の割合` }),
    h('div', { class: 'table-wrap' }, h('table', { id: 'compare-table' },
      h('thead', {}, h('tr', {}, ['市', '要素', '指標', ...statuses.map((s) => ACHIEVEMENT[s].mark + ' ' + ACHIEVEMENT[s].label)].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, c.cities.map((x) => h('tr', {},
        h('td', {}, x.city.name), h('td', { class: 'num' }, x.elementCount), h('td', { class: 'num' }, x.indicatorCount),
        statuses.map((s) => { const st = x.statuses.find((y) => y.status === s); return h('td', { class: 'num' }, st ? `${st.count}（${percent(st.share)}）` : '0'); })))))),
  );
}
