// A pledge board: every pledge of a plan by its status on a chosen date (achieved, in progress,
// not started, overdue), with stale ones flagged.
import { graphql } from '../api.js';
import { h, link, route, PLEDGE } from '../ui.js';

const QUERY = `query($id: ID!, $date: Date) {
  plan(id: $id) {
    id title city { name }
    allElements {
      id code title parents { code title }
      pledge { term deadline deadlineText progress { asOf asOfText achieved } }
      pledgeAssessment(asOf: $date) { status stale judgedAt report { asOf asOfText achieved } }
    }
  }
}`;

const ORDER = ['ACHIEVED', 'IN_PROGRESS', 'NOT_STARTED', 'OVERDUE'];

export async function pledges({ id, params, go }) {
  const date = params.get('date') || null;
  const { plan } = await graphql(QUERY, { id, date });
  if (!plan) return h('div', {}, h('h1', {}, '計画が見つかりません'), h('p', {}, id));
  const items = plan.allElements.filter((e) => e.pledge && e.pledgeAssessment);
  const judgedAt = items[0]?.pledgeAssessment.judgedAt || date;
  const input = h('input', { type: 'date', id: 'pledge-date', name: 'date', value: judgedAt || '' });
  const form = h('form', { class: 'toolbar', id: 'pledge-date-form' },
    h('label', { for: 'pledge-date' }, '基準日 ', input), h('button', { type: 'submit' }, '表示'));
  form.addEventListener('submit', (e) => { e.preventDefault(); if (input.value) go('pledges/' + id, { date: input.value }); });

  return h('div', { class: 'pledges' },
    h('nav', { class: 'crumbs', 'aria-label': 'パンくず' }, link('#/', '都市と計画'), ' › ', plan.city.name, ' › ', link(route('plan/' + id), plan.title)),
    h('h1', {}, '公約ボード: ', plan.title),
    h('p', { class: 'muted' }, `${judgedAt} 時点。達成は「公約達成」の報告がその日までにあるもの、期限超過は期限を過ぎて未達成のもの。最後の報告が古いものは「更新なし」と表示します。`),
    form,
    h('div', { class: 'board', id: 'pledge-board' }, ORDER.map((status) => {
      const here = items.filter((e) => e.pledgeAssessment.status === status);
      return h('section', { 'aria-labelledby': 'col-' + status, dataset: { status } },
        h('h2', { id: 'col-' + status, class: 'pledge-' + status }, `${PLEDGE[status]}（${here.length}）`),
        h('ol', {}, here.map((e) => h('li', { dataset: { elementId: e.id } },
          link(route('plan/' + id, { open: e.id }), e.title),
          h('div', { class: 'muted' },
            e.pledge.term ? e.pledge.term + ' · ' : '', '期限 ', e.pledge.deadlineText || e.pledge.deadline || '—',
            e.pledgeAssessment.report ? ` · 報告 ${e.pledgeAssessment.report.asOfText}` : ' · 報告なし',
            e.pledgeAssessment.stale ? [' ', h('span', { class: 'stale' }, '更新なし')] : null)))));
    })),
  );
}
