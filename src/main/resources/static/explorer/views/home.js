// Cities and their plans: where every path through the explorer starts. The cities come a page at a
// time (Query.cities is a connection), narrowed by prefecture and by a part of the name; the filter
// lives in the URL (#/?pref=08&name=日立; n=50 for 50 cities a page), "more" appends the next page in place.
import { graphql } from '../api.js';
import { h, link, route, errorBox } from '../ui.js';

const PAGE = 20; // cities a page unless the URL says n (1–100, as the API serves)

const CITIES = `query cityPage($first: Int, $after: String, $prefecture: String, $name: String) {
  cities(first: $first, after: $after, prefecture: $prefecture, name: $name) {
    edges { node {
      code name nameEn prefecture
      plans { id title kind phase period { from { label } to { label } } revises { id title } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PREFECTURES = `{ prefectures { code name } }`;

const KIND = {
  COMPREHENSIVE_PLAN: '総合計画', REVITALIZATION_STRATEGY: '総合戦略', GROWTH_STRATEGY: '成長戦略',
  PRIORITY_STRATEGY: '重点戦略', PLEDGE_SET: '市長公約', TERM_REPORT: '任期の報告', OTHER: 'その他',
};

export async function home({ params, go }) {
  const prefecture = params.get('pref') || null;
  const name = params.get('name') || null;
  const filter = { prefecture, name };
  const size = Math.min(100, Math.max(1, Number.parseInt(params.get('n'), 10) || PAGE));
  const [{ prefectures }, { cities }] = await Promise.all([graphql(PREFECTURES), graphql(CITIES, { ...filter, first: size })]);
  const list = h('ul', { class: 'cards', id: 'cities' }, cities.edges.map((edge) => card(edge.node)));
  const more = h('p', { class: 'more-cities' });
  const showMore = (page) => more.replaceChildren(...(page.pageInfo.hasNextPage
    ? [h('button', { type: 'button', id: 'cities-more', onclick: (e) => next(e.target, page.pageInfo.endCursor) }, 'さらに表示（次の' + size + '市）')]
    : []));
  async function next(button, after) {
    button.disabled = true;
    try {
      const { cities: page } = await graphql(CITIES, { ...filter, first: size, after });
      list.append(...page.edges.map((edge) => card(edge.node)));
      showMore(page);
    } catch (error) {
      button.disabled = false;
      more.append(errorBox(error));
    }
  }
  showMore(cities);
  const prefectureSelect = h('select', { id: 'city-prefecture', name: 'pref' },
    h('option', { value: '' }, 'すべての都道府県'),
    prefectures.map((p) => h('option', { value: p.code, selected: p.code === prefecture }, p.code + ' ' + p.name)));
  const nameInput = h('input', { id: 'city-name', name: 'name', type: 'search', value: name || '', placeholder: '日立、hachi…', maxlength: 50 });
  const apply = (event) => {
    event?.preventDefault();
    go('', { pref: prefectureSelect.value, name: nameInput.value.trim(), n: params.get('n') });
  };
  prefectureSelect.addEventListener('change', apply);
  return h('div', { class: 'home' },
    h('h1', {}, '都市と計画'),
    h('p', { class: 'lead' }, '市を選び、計画を開くと、計画の体系・指標・達成状況を見られます。',
      'Cities, their plans, indicators and statuses — read from the public GraphQL API.'),
    h('form', { id: 'city-filter', class: 'toolbar', role: 'search', onsubmit: apply },
      h('label', { for: 'city-prefecture' }, '都道府県 ', prefectureSelect),
      h('label', { for: 'city-name' }, '市の名前 ', nameInput),
      h('button', { type: 'submit' }, '絞り込む')),
    cities.edges.length === 0 ? h('p', { id: 'cities-none' }, '該当する市はありません。') : null,
    list,
    more,
  );
}

function card(city) {
  return h('li', { class: 'card city', id: 'city-' + city.code },
    h('h2', {}, city.name, ' ', h('small', { lang: 'en' }, city.nameEn || ''), ' ', h('span', { class: 'muted' }, city.prefecture)),
    h('ul', { class: 'plans' }, city.plans.map((plan) => h('li', {},
      link(route('plan/' + plan.id), plan.title),
      ' ', h('span', { class: 'tag' }, KIND[plan.kind] || plan.kind),
      plan.period ? h('span', { class: 'muted' }, ` ${plan.period.from?.label ?? ''}〜${plan.period.to?.label ?? ''}`) : null,
      plan.kind === 'PLEDGE_SET' ? [' · ', link(route('pledges/' + plan.id), '公約ボード')] : null,
      plan.revises ? [' · ', link(route('diff', { from: plan.revises.id, to: plan.id }), `改定比較（${plan.revises.title} → この計画）`)] : null,
    ))),
    h('p', { class: 'more' },
      link(route('discrepancies', { city: city.code }), 'この市の不一致'),
    ),
  );
}
