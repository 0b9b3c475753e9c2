// One indicator: its values over the fiscal years as a chart, its status, who uses it, where it was
// read from — and, with an editor's key, recording a value and seeing the status change.
import { graphql } from '../api.js';
import { chart } from '../chart.js';
import { h, link, route, fySelect, fyLabel, fyJapanese, statusBadge, ACHIEVEMENT, TRAJECTORY, ROLE, VALUE_TYPE, percent, number, errorBox } from '../ui.js';

const QUERY = `query($id: ID!, $fy: FiscalYear) {
  indicator(id: $id) {
    id name unit direction directionInferred cumulative description groups
    city { code name }
    concept { id name nameEn }
    themes { id code name }
    values { type text number group state usedForStatus note asOf
             fiscalYear { year label } fiscalYearTo { year label } source { document { title } } }
    reportedMarks { fiscalYear { year label } group text }
    achievements(asOf: $fy) { group status reportedStatus fiscalYear { year } baseline baselineYear { year } target targetYear { year } actual progress reason }
    trajectory(asOf: $fy) { status observedPace requiredPace ratio reason }
    usedBy { role element { id code title plan { id title } path { code title } } }
    source { section document { id title subtitle source published } }
  }
}`;

const RECORD = `mutation($input: RecordActualInput!, $fy: FiscalYear) {
  recordActual(input: $input) {
    changed
    change { by at fields { field before after } }
    indicator { achievements(asOf: $fy) { group status fiscalYear { year } } }
  }
}`;

let flash = null; // what the last recording said, shown once on the next render

export async function indicator({ id, params, go }) {
  const fyParam = params.get('fy') ? Number(params.get('fy')) : null;
  const { indicator: ind } = await graphql(QUERY, { id, fy: fyParam });
  if (!ind) return h('div', {}, h('h1', {}, '指標が見つかりません'), h('p', {}, id));
  const fy = fyParam ?? ind.achievements[0]?.fiscalYear.year;
  const message = flash && flash.id === id ? flash : null;
  flash = null;

  const plans = new Set(ind.usedBy.map((u) => u.element.plan.id));
  const firstPlan = ind.usedBy[0]?.element.plan;

  return h('div', { class: 'indicator-page' },
    h('nav', { class: 'crumbs', 'aria-label': 'パンくず' }, link('#/', '都市と計画'), ' › ', ind.city.name,
      firstPlan ? [' › ', link(route('plan/' + firstPlan.id, { fy }), firstPlan.title)] : null),
    h('h1', {}, ind.name, ind.unit ? h('small', {}, `（${ind.unit}）`) : null),
    h('p', { class: 'muted' },
      ind.direction === 'HIGHER_IS_BETTER' ? '大きいほど良い' : '小さいほど良い',
      ind.directionInferred ? '（推定）' : '', ind.cumulative ? ' · 累計' : '',
      ind.concept ? [' · 概念: ', link(route('compare', { concept: ind.concept.id }), ind.concept.name)] : null,
      ind.themes.length ? [' · ', ind.themes.map((t) => t.code).join(', ')] : null),
    ind.description ? h('p', {}, ind.description) : null,
    h('div', { class: 'toolbar' }, fySelect(fy, (year) => go('indicator/' + id, { fy: year }))),
    h('section', { 'aria-labelledby': 'status-h' },
      h('h2', { id: 'status-h' }, `${fy ? fyLabel(fy) + '（' + fyJapanese(fy) + '）' : ''}の状況`),
      h('div', { class: 'table-wrap' }, h('table', { id: 'achievements' },
        h('thead', {}, h('tr', {}, ['グループ', '計算した状況', '計画書の評価', '基準値', '目標値', '実績値', '進捗'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ind.achievements.map((a) => h('tr', { dataset: { group: a.group || '' } },
          h('td', {}, a.group || '全体'),
          h('td', { class: 'computed' }, statusBadge(a.status, { 'data-status': a.status }), a.reason ? h('div', { class: 'muted' }, a.reason) : null),
          h('td', {}, a.reportedStatus ? statusBadge(a.reportedStatus) : h('span', { class: 'muted' }, 'なし'),
            marksFor(ind, a)),
          h('td', { class: 'num' }, number(a.baseline), a.baselineYear ? h('div', { class: 'muted' }, fyLabel(a.baselineYear.year)) : null),
          h('td', { class: 'num' }, number(a.target), a.targetYear ? h('div', { class: 'muted' }, fyLabel(a.targetYear.year)) : null),
          h('td', { class: 'num' }, number(a.actual)),
          h('td', { class: 'num' }, percent(a.progress)),
        ))))),
      h('p', {}, '目標への軌道: ', h('strong', {}, TRAJECTORY[ind.trajectory.status] || ind.trajectory.status),
        ind.trajectory.ratio !== null ? h('span', { class: 'muted' },
          `（実際のペース ${number(round(ind.trajectory.observedPace))}/年、必要なペース ${number(round(ind.trajectory.requiredPace))}/年）`) : null,
        ind.trajectory.reason ? h('span', { class: 'muted' }, ' ', ind.trajectory.reason) : null),
    ),
    editor(ind, fy, message, go),
    h('section', { 'aria-labelledby': 'chart-h' },
      h('h2', { id: 'chart-h' }, '年度ごとの値'),
      valuesChart(ind),
      valuesTable(ind)),
    h('section', { 'aria-labelledby': 'used-h' },
      h('h2', { id: 'used-h' }, 'この指標を使う要素',
        ind.usedBy.length > 1 ? h('span', { class: 'shared', id: 'shared-badge' },
          ` 共有指標: ${ind.usedBy.length} 要素${plans.size > 1 ? '・' + plans.size + ' 計画' : ''}で使用`) : null),
      h('ul', { id: 'used-by' }, ind.usedBy.map((u) => h('li', {},
        link(route('plan/' + u.element.plan.id, { fy, open: u.element.id }),
          u.element.code ? h('strong', {}, u.element.code + ' ') : null, u.element.title),
        h('span', { class: 'tag' }, ROLE[u.role] || u.role),
        h('span', { class: 'muted' }, ' ', u.element.plan.title, ' › ', u.element.path.map((p) => p.code || p.title).join(' › ')),
      )))),
    h('section', { 'aria-labelledby': 'source-h' },
      h('h2', { id: 'source-h' }, '出典'),
      h('p', {}, ind.source.document.title, ind.source.document.subtitle ? ' ' + ind.source.document.subtitle : '',
        ind.source.section ? h('span', { class: 'muted' }, ' · ', ind.source.section) : null,
        h('br'), h('span', { class: 'muted' }, ind.source.document.source, ind.source.document.published ? ' · ' + ind.source.document.published : ''))),
  );
}

function round(x) {
  return x === null || x === undefined ? null : Math.round(x * 100) / 100;
}

function marksFor(ind, a) {
  const marks = ind.reportedMarks.filter((m) => m.fiscalYear.year === a.fiscalYear.year && (m.group || null) === (a.group || null));
  return marks.map((m) => h('div', { class: 'muted' }, `印刷: ${m.text}`));
}

function valuesChart(ind) {
  const groups = ind.groups.length ? ind.groups : [null];
  const suffix = (g) => (g ? ` ${g}` : '');
  const numeric = (type, g) => ind.values
    .filter((v) => v.type === type && (v.group || null) === g && v.number !== null && v.fiscalYear)
    .map((v) => [v.fiscalYear.year, v.number, v.text])
    .sort((a, b) => a[0] - b[0]);
  const series = [];
  for (const g of groups) {
    series.push({ name: '実績値' + suffix(g), type: 'line', data: numeric('ACTUAL', g), symbolSize: 9, clip: false });
    series.push({ name: '基準値' + suffix(g), type: 'scatter', symbol: 'diamond', symbolSize: 14, clip: false, data: numeric('BASELINE', g) });
    series.push({ name: '目標値' + suffix(g), type: 'scatter', symbol: 'triangle', symbolSize: 14, clip: false, data: numeric('TARGET', g) });
    const a = ind.achievements.find((x) => (x.group || null) === g);
    if (a && a.baseline !== null && a.target !== null && a.baselineYear && a.targetYear) {
      series.push({ name: '目標への道筋' + suffix(g), type: 'line', symbol: 'none', lineStyle: { type: 'dashed', width: 1.5 },
        data: [[a.baselineYear.year, a.baseline], [a.targetYear.year, a.target]] });
    }
  }
  const years = series.flatMap((s) => s.data.map((d) => d[0]));
  if (!years.length) return h('p', { class: 'muted' }, '数値の値がないため、グラフはありません。');
  return chart({
    tooltip: { trigger: 'item', formatter: (p) => `${p.seriesName}<br>${fyLabel(p.value[0])}: ${p.value[2] ?? number(p.value[1])}` },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 70, right: 30, top: 50, bottom: 40 },
    xAxis: { type: 'value', min: Math.min(...years), max: Math.max(...years), interval: 1, axisLabel: { formatter: fyLabel } },
    yAxis: { type: 'value', name: ind.unit || '', scale: true },
    series,
  }, { label: `${ind.name}の基準値・目標値・実績値` });
}

function valuesTable(ind) {
  return h('details', { class: 'values' }, h('summary', {}, '値の一覧（印刷どおり）'),
    h('div', { class: 'table-wrap' }, h('table', { id: 'values' },
      h('thead', {}, h('tr', {}, ['種類', '年度', 'グループ', '値（印刷どおり）', '出典'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ind.values.map((v) => h('tr', {},
        h('td', {}, VALUE_TYPE[v.type], v.usedForStatus ? '（評価に使用）' : ''),
        h('td', {}, v.fiscalYear ? v.fiscalYear.label + (v.fiscalYearTo ? '〜' + v.fiscalYearTo.label : '') : (v.asOf || '')),
        h('td', {}, v.group || ''),
        h('td', {}, v.text, v.note ? h('div', { class: 'muted' }, v.note) : null),
        h('td', { class: 'muted' }, v.source.document.title),
      ))))));
}

/** Recording an actual: sent with the editor key of this tab; the API's refusals are shown as given. */
function editor(ind, fy, message, go) {
  const result = h('div', { id: 'record-result', 'aria-live': 'polite' });
  if (message) result.append(message.ok ? h('div', { class: 'ok', role: 'status' }, message.text) : errorBox(message.error));
  const year = h('input', { id: 'record-year', name: 'fiscalYear', required: true, value: fyLabel((fy || new Date().getFullYear()) + 1), placeholder: 'R6, 令和6年度' });
  const value = h('input', { id: 'record-value', name: 'value', required: true, placeholder: ind.unit ? `例: 1,234${ind.unit}` : '例: 1,234' });
  const group = ind.groups.length
    ? h('select', { id: 'record-group', name: 'group' }, ind.groups.map((g) => h('option', { value: g }, g))) : null;
  const note = h('input', { id: 'record-note', name: 'note' });
  const form = h('form', { class: 'edit', id: 'record-form' },
    h('label', { for: 'record-year' }, '年度', year),
    group ? h('label', { for: 'record-group' }, 'グループ', group) : null,
    h('label', { for: 'record-value' }, '実績値（印刷する書き方で）', value),
    h('label', { for: 'record-note' }, '備考（任意）', note),
    h('button', { type: 'submit' }, '実績値を記録'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    result.replaceChildren(h('p', { class: 'loading' }, '送信中…'));
    const input = { indicatorId: ind.id, fiscalYear: year.value.trim(), value: value.value.trim() };
    if (group) input.group = group.value;
    if (note.value.trim()) input.note = note.value.trim();
    try {
      const { recordActual } = await graphql(RECORD, { input, fy: input.fiscalYear }, { withKey: true });
      const statuses = recordActual.indicator.achievements.map((a) => `${a.group ? a.group + ': ' : ''}${ACHIEVEMENT[a.status].mark} ${ACHIEVEMENT[a.status].label}`).join('、');
      const text = recordActual.changed
        ? `${recordActual.change.by} が記録しました（${recordActual.change.fields.map((f) => `${f.field}: ${f.before ?? 'なし'} → ${f.after}`).join('、')}）。状況: ${statuses}`
        : `同じ値がすでに記録されています（変更なし）。状況: ${statuses}`;
      flash = { id: ind.id, ok: true, text };
      const recordedYear = recordActual.indicator.achievements[0]?.fiscalYear.year;
      go('indicator/' + ind.id, { fy: await yearOf(input.fiscalYear, ind.id) ?? recordedYear ?? fy });
    } catch (error) {
      button.disabled = false;
      result.replaceChildren(errorBox(error));
    }
  });
  return h('section', { 'aria-labelledby': 'record-h', class: 'panel' },
    h('h2', { id: 'record-h' }, '実績値を記録する（編集者）'),
    h('p', { class: 'muted' }, '上の「編集キー」に市の編集者キーを入れてから記録します。キーがない・他市のキー・誤った値は API が理由を返し、何も変わりません。'),
    form, result);
}

/** The Gregorian year of what the editor typed (R6, 令和6年度…), as the API reads it. */
async function yearOf(text, id) {
  try {
    const data = await graphql('query($id: ID!, $fy: FiscalYear) { indicator(id: $id) { achievement(asOf: $fy) { fiscalYear { year } } } }', { id, fy: text });
    return data.indicator.achievement.fiscalYear.year;
  } catch {
    return null;
  }
}
