// Cities and their plans: where every path through the explorer starts.
import { graphql } from '../api.js';
import { h, link, route } from '../ui.js';

const QUERY = `{
  cities {
    code name nameEn prefecture
    plans { id title kind phase period { from { label } to { label } } revises { id title } }
  }
}`;

const KIND = {
  COMPREHENSIVE_PLAN: '総合計画', REVITALIZATION_STRATEGY: '総合戦略', GROWTH_STRATEGY: '成長戦略',
  PRIORITY_STRATEGY: '重点戦略', PLEDGE_SET: '市長公約', TERM_REPORT: '任期の報告', OTHER: 'その他',
};

export async function home() {
  const { cities } = await graphql(QUERY);
  return h('div', { class: 'home' },
    h('h1', {}, '都市と計画'),
    h('p', { class: 'lead' }, '市を選び、計画を開くと、計画の体系・指標・達成状況を見られます。',
      'Cities, their plans, indicators and statuses — read from the public GraphQL API.'),
    h('ul', { class: 'cards' }, cities.map((city) => h('li', { class: 'card city', id: 'city-' + city.code },
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
    ))),
  );
}
