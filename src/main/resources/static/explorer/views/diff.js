// A plan's revision: the earlier and the later phase side by side, with what moved, was renamed,
// merged, split, added and removed (planDiff; every link is inferred from the titles).
import { graphql } from '../api.js';
import { h, link, route } from '../ui.js';

// The revised plans of every city, a page of 100 cities at a time (Query.cities is a connection).
const PAIRS = `query revisedPlans($after: String) {
  cities(first: 100, after: $after) { edges { node { name plans { id title revises { id title } } } } pageInfo { hasNextPage endCursor } }
}`;

async function everyCity() {
  const cities = [];
  let after = null;
  for (;;) {
    const { cities: page } = await graphql(PAIRS, { after });
    cities.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return cities;
    after = page.pageInfo.endCursor;
  }
}

const QUERY = `query($from: ID!, $to: ID!) {
  planDiff(from: $from, to: $to) {
    from { id title phase } to { id title phase }
    counts { kind level before after }
    moved { ...change } renamed { ...change } merged { ...change } split { ...change }
    added { ...change } removed { ...change }
  }
}
fragment change on ElementChange {
  change moved inferred similarity beforeLocation afterLocation
  before { id code title plan { id } } after { id code title plan { id } }
}`;

const SECTIONS = [
  ['moved', '移動', '別の親の下へ移ったもの'],
  ['renamed', '名称変更', '似た名前で引き継がれたもの'],
  ['merged', '統合', '複数の要素が一つになったもの'],
  ['split', '分割', '一つの要素が複数になったもの'],
  ['added', '追加', '新しい計画にだけあるもの'],
  ['removed', '削除', '前の計画にだけあるもの'],
];

const CHANGE = { ADDED: '追加', REMOVED: '削除', SAME: '同じ名前', RENAMED: '名称変更', MERGED: '統合', SPLIT: '分割', REGROUPED: '再編' };

export async function diff({ params, go }) {
  const cities = await everyCity();
  const pairs = cities.flatMap((c) => c.plans.filter((p) => p.revises).map((p) => ({ city: c.name, from: p.revises, to: p })));
  const from = params.get('from') || pairs[0]?.from.id;
  const to = params.get('to') || pairs[0]?.to.id;
  const picker = h('select', { id: 'diff-pair', onchange: (e) => { const [f, t] = e.target.value.split('|'); go('diff', { from: f, to: t }); } },
    pairs.map((p) => h('option', { value: p.from.id + '|' + p.to.id, selected: p.from.id === from && p.to.id === to },
      `${p.city}: ${p.from.title} → ${p.to.title}`)));
  const header = [h('h1', {}, '計画の改定'), h('div', { class: 'toolbar' }, h('label', { for: 'diff-pair' }, '比較する計画 ', picker))];
  if (!from || !to) return h('div', {}, header, h('p', {}, '改定関係のある計画がありません。'));
  const { planDiff: d } = await graphql(QUERY, { from, to });
  if (!d) return h('div', {}, header, h('p', {}, '計画が見つかりません: ' + from + ' → ' + to));
  const side = (el, location, plan) => el
    ? h('div', {}, link(route('plan/' + el.plan.id, { open: el.id }), el.code ? h('strong', {}, el.code + ' ') : null, el.title),
      location ? h('div', { class: 'muted' }, location) : null)
    : h('span', { class: 'muted' }, '—');
  return h('div', { class: 'diff' }, header,
    h('p', { class: 'lead' }, `${d.from.title} → ${d.to.title}。同じ名前は同じ要素、似た名前は名称変更とみなした推定です。`),
    h('h2', {}, '階層ごとの数'),
    h('div', { class: 'table-wrap' }, h('table', { id: 'diff-counts' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '階層'), h('th', { scope: 'col' }, d.from.phase || '変更前'), h('th', { scope: 'col' }, d.to.phase || '変更後'))),
      h('tbody', {}, d.counts.map((c) => h('tr', {}, h('td', {}, c.level || c.kind), h('td', { class: 'num' }, c.before), h('td', { class: 'num' }, c.after)))))),
    SECTIONS.map(([key, title, explain]) => d[key].length === 0 ? null : h('section', { id: 'diff-' + key, 'aria-labelledby': 'diff-h-' + key },
      h('h2', { id: 'diff-h-' + key }, `${title}（${d[key].length}）`, h('small', { class: 'muted' }, ' ', explain)),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, d.from.title), h('th', { scope: 'col' }, d.to.title), h('th', { scope: 'col' }, '変化'))),
        h('tbody', {}, d[key].map((c) => h('tr', {},
          h('td', { class: 'change-before' }, side(c.before, c.beforeLocation)),
          h('td', {}, side(c.after, c.afterLocation)),
          h('td', {}, CHANGE[c.change] || c.change, c.moved && key !== 'moved' ? '・移動' : '',
            c.similarity !== null && c.similarity < 1 ? h('div', { class: 'muted' }, `類似度 ${c.similarity.toFixed(2)}`) : null)))))))),
  );
}
