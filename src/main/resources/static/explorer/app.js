// The explorer: one page, a view per URL (#/plan/ID?fy=2023 …), every view built from the public API.
import { editorKey, setEditorKey } from './api.js';
import { h, loading, errorBox, route } from './ui.js';
import { home } from './views/home.js';
import { plan } from './views/plan.js';
import { indicator } from './views/indicator.js';
import { pledges } from './views/pledges.js';
import { discrepancies } from './views/discrepancies.js';
import { diff } from './views/diff.js';
import { compare } from './views/compare.js';
import { search } from './views/search.js';

const routes = [
  [/^$/, home],
  [/^plan\/(.+)$/, plan],
  [/^indicator\/(.+)$/, indicator],
  [/^pledges\/(.+)$/, pledges],
  [/^discrepancies$/, discrepancies],
  [/^diff$/, diff],
  [/^compare$/, compare],
  [/^search$/, search],
];

const main = document.getElementById('main');
let current = 0;

/** Parses "#/plan/x?fy=2023" into the path, its captured id and the parameters. */
function location() {
  const hash = decodeURIComponent(window.location.hash.replace(/^#\/?/, ''));
  const [path, query = ''] = hash.split('?');
  return { path, params: new URLSearchParams(query) };
}

async function render() {
  const run = ++current;
  const { path, params } = location();
  const match = routes.map(([pattern, view]) => [path.match(pattern), view]).find(([m]) => m);
  main.replaceChildren(loading());
  main.setAttribute('aria-busy', 'true');
  try {
    const content = match
      ? await match[1]({ id: match[0][1], params, rerender: render, go })
      : h('p', {}, 'このページはありません。', h('a', { href: '#/' }, 'トップへ'));
    if (run !== current) return; // a newer view was asked for meanwhile
    main.replaceChildren(content);
    const title = main.querySelector('h1');
    document.title = (title ? title.textContent + ' · ' : '') + 'plangraph エクスプローラー';
  } catch (error) {
    if (run !== current) return;
    main.replaceChildren(h('h1', {}, '読み込めませんでした'), errorBox(error));
  } finally {
    if (run === current) {
      main.removeAttribute('aria-busy');
      main.dataset.route = window.location.hash; // which view is shown, for tests and tools
    }
    main.dataset.ready = String(run);
  }
}

/** Moves to a view (a new history entry, so Back works). */
function go(path, params) {
  const hash = route(path, params);
  if (window.location.hash === hash) render(); // the same view again: hashchange would not fire
  else window.location.hash = hash;
}

window.addEventListener('hashchange', () => {
  render().then(() => main.focus({ preventScroll: true }));
});

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-text').value.trim();
  if (q) go('search', { q });
});

// The editor key panel.
const toggle = document.getElementById('key-toggle');
const panel = document.getElementById('key-panel');
const state = document.getElementById('key-state');
function showKeyState() {
  state.textContent = editorKey() ? '編集キーを使用中（このタブのみ）' : '編集キーは設定されていません（閲覧のみ）';
  toggle.textContent = editorKey() ? '編集キー ✓' : '編集キー';
}
toggle.addEventListener('click', () => {
  panel.hidden = !panel.hidden;
  toggle.setAttribute('aria-expanded', String(!panel.hidden));
  if (!panel.hidden) document.getElementById('key-input').focus();
});
document.getElementById('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('key-input');
  setEditorKey(input.value.trim());
  input.value = '';
  showKeyState();
  render();
});
document.getElementById('key-forget').addEventListener('click', () => {
  setEditorKey('');
  showKeyState();
  render();
});
showKeyState();
render();
