// A plan as an expandable tree of any depth: codes and titles as printed, each indicator's computed
// status beside the mark the document printed, a roll-up on every branch, for a chosen fiscal year.
import { graphql } from '../api.js';
import { h, link, route, fySelect, fyLabel, fyJapanese, statusBadge, ACHIEVEMENT, PLEDGE, percent } from '../ui.js';

const LATEST = `query($id: ID!) { plan(id: $id) { allElements { indicators { values(type: ACTUAL) { fiscalYear { year } } } } } }`;

const TREE = `query($id: ID!, $fy: FiscalYear) {
  plan(id: $id) {
    id title kind phase levels
    city { code name nameEn }
    revises { id title } revisedBy { id title }
    rollup(asOf: $fy) { ...counts }
    elements { id }
    allElements {
      id kind level code title subtitle
      children { id }
      indicators { id name unit achievements(asOf: $fy) { group status reportedStatus } }
      rollup(asOf: $fy) { ...counts }
      pledgeStatus
    }
  }
}
fragment counts on Rollup {
  indicators { status count }
  programs { total comparable atOrAboveLastYear share }
  pledges { status count }
}`;

/** The year statuses are judged for when the URL names none: the latest year with an actual. */
async function latestYear(id) {
  const { plan } = await graphql(LATEST, { id });
  if (!plan) return null;
  const years = plan.allElements.flatMap((e) => e.indicators.flatMap((i) => i.values.map((v) => v.fiscalYear?.year))).filter(Boolean);
  return years.length ? Math.max(...years) : null;
}

export async function plan({ id, params, go }) {
  const fy = params.get('fy') ? Number(params.get('fy')) : await latestYear(id);
  const open = params.get('open');
  const { plan } = await graphql(TREE, { id, fy });
  if (!plan) return h('div', {}, h('h1', {}, '計画が見つかりません'), h('p', {}, id));

  const byId = new Map(plan.allElements.map((e) => [e.id, e]));
  const parents = new Map();
  for (const e of plan.allElements) for (const c of e.children) parents.set(c.id, [...(parents.get(c.id) || []), e.id]);
  const openIds = new Set();
  for (let queue = open ? [open] : []; queue.length;) {
    const next = queue.pop();
    if (openIds.has(next)) continue;
    openIds.add(next);
    queue.push(...(parents.get(next) || []));
  }

  const tree = h('ul', { class: 'tree', role: 'list' },
    plan.elements.map((root) => node(byId.get(root.id), byId, openIds, open, 0)));

  const view = h('div', { class: 'plan' },
    h('nav', { class: 'crumbs', 'aria-label': 'パンくず' }, link('#/', '都市と計画'), ' › ', plan.city.name),
    h('h1', {}, plan.title, plan.phase ? h('small', {}, ' ', plan.phase) : null),
    h('div', { class: 'toolbar' },
      fySelect(fy, (year) => go('plan/' + id, { fy: year, open })),
      h('button', { type: 'button', onclick: () => tree.querySelectorAll('details').forEach((d) => { d.open = true; }) }, 'すべて開く'),
      h('button', { type: 'button', onclick: () => tree.querySelectorAll('details').forEach((d) => { d.open = false; }) }, 'すべて閉じる'),
      plan.kind === 'PLEDGE_SET' ? link(route('pledges/' + id), '公約ボード') : null,
      plan.revises ? link(route('diff', { from: plan.revises.id, to: id }), '前の計画との比較') : null,
      link(route('discrepancies', { plan: id }), 'この計画の不一致'),
    ),
    plan.levels.length ? h('p', { class: 'muted' }, '階層: ', plan.levels.join(' › ')) : null,
    h('section', { class: 'rollup-plan', 'aria-label': '計画全体の集計' },
      h('h2', {}, `計画全体 · ${fy ? fyLabel(fy) + '（' + fyJapanese(fy) + '）' : ''}`), rollup(plan.rollup, true)),
    legend(),
    tree,
  );
  if (open) {
    queueMicrotask(() => {
      const target = view.querySelector(`[data-element-id="${CSS.escape(open)}"]`);
      if (target) { target.scrollIntoView({ block: 'center' }); target.querySelector('summary, .label')?.focus?.(); }
    });
  }
  return view;
}

function node(element, byId, openIds, focus, depth) {
  const children = element.children.map((c) => byId.get(c.id)).filter(Boolean);
  const label = h('span', { class: 'label', tabindex: children.length || element.indicators.length ? null : '-1' },
    element.code ? h('span', { class: 'code' }, element.code) : null,
    element.level && !element.code ? h('span', { class: 'level' }, element.level) : null,
    h('span', { class: 'title' }, element.title),
    element.subtitle ? h('span', { class: 'subtitle' }, element.subtitle) : null,
    element.pledgeStatus ? h('span', { class: 'tag pledge-' + element.pledgeStatus }, PLEDGE[element.pledgeStatus]) : null,
    rollup(element.rollup, false),
  );
  const body = [
    element.indicators.length ? h('ul', { class: 'indicators', 'aria-label': '指標' }, element.indicators.map(indicatorRow)) : null,
    children.length ? h('ul', { class: 'children' }, children.map((c) => node(c, byId, openIds, focus, depth + 1))) : null,
  ];
  const attrs = { class: 'node' + (element.id === focus ? ' focus' : ''), dataset: { elementId: element.id, depth } };
  if (!children.length && !element.indicators.length) return h('li', attrs, h('div', { class: 'leaf' }, label));
  return h('li', attrs, h('details', { open: depth === 0 || openIds.has(element.id) }, h('summary', {}, label), body));
}

function indicatorRow(indicator) {
  return h('li', { class: 'indicator', dataset: { indicatorId: indicator.id } },
    link(route('indicator/' + indicator.id), indicator.name),
    indicator.unit ? h('span', { class: 'muted' }, `（${indicator.unit}）`) : null,
    h('span', { class: 'marks' }, indicator.achievements.map((a) => h('span', { class: 'mark-pair', dataset: { group: a.group || '' } },
      a.group ? h('span', { class: 'group' }, a.group) : null,
      statusBadge(a.status, { 'data-computed': a.status }),
      h('span', { class: 'printed', 'data-printed': a.reportedStatus || '', title: '計画書に印刷された評価' },
        '印刷: ', a.reportedStatus ? ACHIEVEMENT[a.reportedStatus].mark : 'なし'),
      a.reportedStatus && a.reportedStatus !== a.status ? h('span', { class: 'warn', title: '計算と印刷が一致しません' }, '⚠') : null,
    ))),
  );
}

/** A branch's roll-up: indicators by status, programs at or above last year, pledges by status. */
function rollup(r, wide) {
  const parts = [];
  const indicators = r.indicators.filter((c) => c.count > 0);
  if (indicators.length) {
    parts.push(h('span', { class: 'counts', title: '指標の達成状況（この枝の全指標）' },
      indicators.map((c) => h('span', { class: 'count status-' + c.status },
        `${ACHIEVEMENT[c.status].mark}${wide ? ACHIEVEMENT[c.status].label + ' ' : ''}${c.count}`))));
  }
  if (r.programs.comparable > 0) {
    parts.push(h('span', { class: 'count programs', title: '前年度以上の実績の事業 / 比較できる事業' },
      `前年度以上 ${r.programs.atOrAboveLastYear}/${r.programs.comparable}（${percent(r.programs.share)}）`));
  }
  const pledges = r.pledges.filter((c) => c.count > 0);
  if (pledges.length) {
    parts.push(h('span', { class: 'counts' }, pledges.map((c) => h('span', { class: 'count pledge-' + c.status }, `${PLEDGE[c.status]} ${c.count}`))));
  }
  return parts.length ? h('span', { class: 'rollup' }, parts) : null;
}

function legend() {
  return h('p', { class: 'legend' }, '凡例: ',
    Object.keys(ACHIEVEMENT).map((s) => [statusBadge(s), ' ']),
    ' — 左が計算した状況、「印刷」が計画書の評価です。');
}
