// Small helpers shared by the views: building elements safely, fiscal years, status marks.

/** Creates an element; strings become text nodes (never HTML), attributes starting with "on" listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'class') el.className = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** A link to a view of the explorer. */
export function link(href, ...children) {
  return h('a', { href }, ...children);
}

/** A view's URL: "#/path?key=value". */
export function route(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') query.set(k, v);
  const q = query.toString();
  return '#/' + path + (q ? '?' + q : '');
}

/** 2023 → "R5", 2019 → "R元", 2018 → "H30". */
export function fyLabel(year) {
  if (year === null || year === undefined) return '';
  if (year >= 2019) return year === 2019 ? 'R元' : 'R' + (year - 2018);
  return 'H' + (year - 1988);
}

/** 2023 → "令和5年度". */
export function fyJapanese(year) {
  if (year >= 2019) return '令和' + (year === 2019 ? '元' : year - 2018) + '年度';
  return '平成' + (year - 1988) + '年度';
}

/** Fiscal years a selector offers. */
export function fiscalYears(from = 2015, to = 2030) {
  const years = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

export const ACHIEVEMENT = {
  TARGET_MET: { mark: '◎', label: '目標達成', en: 'target met' },
  BASELINE_MET: { mark: '○', label: '基準値以上', en: 'at or above baseline' },
  BELOW_BASELINE: { mark: '△', label: '基準値未満', en: 'below baseline' },
  NOT_PUBLISHED: { mark: '—', label: '未公表', en: 'not published' },
  NOT_EVALUABLE: { mark: '・', label: '評価対象外', en: 'not evaluable' },
};

export const PLEDGE = {
  ACHIEVED: '達成',
  IN_PROGRESS: '進行中',
  NOT_STARTED: '未着手',
  OVERDUE: '期限超過',
};

export const TRAJECTORY = {
  TARGET_MET: '目標達成',
  ON_TRACK: '順調',
  ACCELERATION_NEEDED: '加速が必要',
  LIMITED_PROGRESS: '進捗わずか',
  DETERIORATION: '悪化',
  TARGET_MISSED: '目標未達（期限経過）',
  INSUFFICIENT_DATA: 'データ不足',
};

export const ROLE = {
  KPI: 'KPI',
  OUTCOME_INDICATOR: '成果指標',
  TARGET_INDICATOR: '目標指標',
  NUMERIC_TARGET: '数値目標',
  PROGRAM_OUTPUT: '事業実績',
  REPORTED_OUTCOME: '報告された成果',
};

export const VALUE_TYPE = { BASELINE: '基準値', TARGET: '目標値', ACTUAL: '実績値' };

/** A computed status as a badge: the mark and its words. */
export function statusBadge(status, extra = {}) {
  const s = ACHIEVEMENT[status] || { mark: '?', label: status };
  return h('span', { class: 'status status-' + status, title: s.en, ...extra }, s.mark + ' ' + s.label);
}

/** A fiscal-year selector that calls back with the chosen year. */
export function fySelect(selected, onChange, id = 'fy') {
  const select = h('select', { id, name: 'fy', onchange: (e) => onChange(e.target.value ? Number(e.target.value) : null) },
    selected ? null : h('option', { value: '', selected: true }, '最新の実績年度'),
    fiscalYears().map((y) => h('option', { value: y, selected: y === selected }, `${fyLabel(y)}（${fyJapanese(y)}）`)));
  return h('label', { class: 'fy', for: id }, '年度 ', select);
}

export function percent(x, digits = 0) {
  return x === null || x === undefined ? '—' : (x * 100).toFixed(digits) + '%';
}

export function number(x) {
  return x === null || x === undefined ? '—' : x.toLocaleString('ja-JP');
}

/** A message the API gave, shown where screen readers announce it. */
export function errorBox(error) {
  const messages = error && error.messages ? error.messages : [String(error && error.message || error)];
  return h('div', { class: 'error', role: 'alert' }, h('ul', {}, messages.map((m) => h('li', {}, m))));
}

export function loading() {
  return h('p', { class: 'loading', 'aria-busy': 'true' }, '読み込み中…');
}
