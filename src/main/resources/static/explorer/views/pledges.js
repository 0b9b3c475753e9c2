// A pledge board: every pledge of a plan by its status on a chosen date (achieved, in progress,
// not started, overdue), with stale ones flagged.
import { graphql } from '../api.js';
import { h, link, route, PLEDGE, errorBox } from '../ui.js';

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

const RECORD = `mutation($input: RecordPledgeProgressInput!, $date: Date) {
  recordPledgeProgress(input: $input) {
    changed change { by }
    element { title pledgeStatus(asOf: $date) }
  }
}`;

let flash = null; // what the last recording said, shown once on the next render

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
    recorder(id, items, judgedAt, go),
  );
}

/** Recording a pledge's progress report with the editor key of this tab; refusals as the API gives them. */
function recorder(id, items, judgedAt, go) {
  const message = flash && flash.id === id ? flash : null;
  flash = null;
  const result = h('div', { id: 'pledge-record-result', 'aria-live': 'polite' },
    message ? h('div', { class: 'ok', role: 'status' }, message.text) : null);
  const pledge = h('select', { id: 'pledge-element' }, items.map((e) => h('option', { value: e.id }, e.title)));
  const asOf = h('input', { type: 'date', id: 'pledge-as-of', required: true, value: judgedAt || '' });
  const stage = h('input', { type: 'number', id: 'pledge-stage', min: 0, max: 1, step: 0.05, placeholder: '0〜1' });
  const achieved = h('input', { type: 'checkbox', id: 'pledge-achieved' });
  const form = h('form', { class: 'edit', id: 'pledge-record-form' },
    h('label', { for: 'pledge-element' }, '公約', pledge),
    h('label', { for: 'pledge-as-of' }, '報告日', asOf),
    h('label', { for: 'pledge-stage' }, '進み具合（任意）', stage),
    h('label', { for: 'pledge-achieved', class: 'check' }, h('span', {}, achieved, ' 公約達成')),
    h('button', { type: 'submit' }, '進捗を記録'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    result.replaceChildren(h('p', { class: 'loading' }, '送信中…'));
    const input = { elementId: pledge.value, asOf: asOf.value, achieved: achieved.checked };
    if (stage.value !== '') input.stage = Number(stage.value);
    try {
      const { recordPledgeProgress: r } = await graphql(RECORD, { input, date: judgedAt }, { withKey: true });
      flash = { id, text: r.changed
        ? `${r.change.by} が記録しました: ${r.element.title} は ${judgedAt} 時点で「${PLEDGE[r.element.pledgeStatus]}」`
        : `同じ報告がすでにあります（変更なし）: ${r.element.title}` };
      go('pledges/' + id, { date: judgedAt });
    } catch (error) {
      button.disabled = false;
      result.replaceChildren(errorBox(error));
    }
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'pledge-record-h' },
    h('h2', { id: 'pledge-record-h' }, '公約の進捗を記録する（編集者）'),
    h('p', { class: 'muted' }, '上の「編集キー」にこの市の編集者キーを入れてから記録します。'),
    form, result);
}
