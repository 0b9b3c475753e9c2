// Japanese full-text search over plans, elements and indicators, each result linking into the tree.
import { graphql } from '../api.js';
import { h, link, route } from '../ui.js';

const QUERY = `query($text: String!, $after: String) {
  search(text: $text, first: 20, after: $after) {
    edges { node { kind title score city { name } plan { id title }
                   element { id code plan { id } path { code title } } indicator { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const KIND = { PLAN: '計画', ELEMENT: '要素', INDICATOR: '指標' };

export async function search({ params, go }) {
  const text = params.get('q') || '';
  const after = params.get('after') || null;
  const input = h('input', { type: 'search', id: 'search-page-text', value: text, required: true });
  const form = h('form', { role: 'search', class: 'toolbar' }, h('label', { for: 'search-page-text' }, '言葉 '), input, h('button', { type: 'submit' }, '検索'));
  form.addEventListener('submit', (e) => { e.preventDefault(); if (input.value.trim()) go('search', { q: input.value.trim() }); });
  const header = [h('h1', {}, text ? `「${text}」の検索結果` : '検索'), form,
    h('p', { class: 'muted' }, 'すべての言葉を含むものを、関連の強い順に表示します（2文字以上の言葉）。')];
  if (!text) return h('div', {}, header);
  const { search: result } = await graphql(QUERY, { text, after });
  return h('div', {}, header,
    result.edges.length === 0 ? h('p', {}, '見つかりませんでした。') : h('ol', { id: 'search-results', start: 1 }, result.edges.map(({ node }) => h('li', {},
      h('span', { class: 'tag' }, KIND[node.kind]), ' ',
      link(target(node), node.element?.code ? node.element.code + ' ' : '', node.title),
      h('div', { class: 'muted' }, node.city.name, node.plan ? ' · ' + node.plan.title : '',
        node.element?.path?.length > 1 ? ' › ' + node.element.path.slice(0, -1).map((p) => p.code || p.title).join(' › ') : '')))),
    result.pageInfo.hasNextPage ? h('p', {}, link(route('search', { q: text, after: result.pageInfo.endCursor }), '次の20件')) : null);
}

function target(node) {
  if (node.indicator) return route('indicator/' + node.indicator.id);
  if (node.element) return route('plan/' + node.element.plan.id, { open: node.element.id });
  return route('plan/' + node.plan.id);
}
