// The explorer's only way to the data: the public GraphQL endpoint of the server that served the page.
// An editor's key lives in this tab only (sessionStorage) and goes only to that same origin.

const ENDPOINT = '/graphql';
const KEY_STORE = 'plangraph.editorKey';

export function editorKey() {
  return sessionStorage.getItem(KEY_STORE) || '';
}

export function setEditorKey(key) {
  if (key) sessionStorage.setItem(KEY_STORE, key);
  else sessionStorage.removeItem(KEY_STORE);
}

/** A GraphQL error (or several), with the messages the API gave. */
export class ApiError extends Error {
  constructor(messages, status) {
    super(messages.join('\n'));
    this.messages = messages;
    this.status = status;
  }
}

/**
 * Runs a query or mutation. Resolves with `data`; rejects with an ApiError carrying the API's own
 * messages (with the input they point at) when the answer has errors or is not GraphQL at all.
 */
export async function graphql(query, variables = {}, { withKey = false } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (withKey && editorKey()) headers.Authorization = 'Bearer ' + editorKey();
  let response;
  try {
    // credentials 'same-origin' and a relative URL: the key can reach no other server.
    response = await fetch(ENDPOINT, {
      method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new ApiError(['サーバーに接続できません (' + e.message + ')'], 0);
  }
  let body = null;
  const text = await response.text();
  try { body = JSON.parse(text); } catch { /* not GraphQL: say what the HTTP status says */ }
  if (body && Array.isArray(body.errors) && body.errors.length) {
    throw new ApiError(body.errors.map(describe), response.status);
  }
  if (!response.ok || !body) {
    const why = response.status === 401 ? '編集キーが認められませんでした (HTTP 401)'
      : response.status === 403 ? 'この操作は許可されていません (HTTP 403)'
      : `HTTP ${response.status}`;
    const detail = body && (body.message || body.detail || body.error);
    throw new ApiError([detail ? `${why}: ${detail}` : why], response.status);
  }
  return body.data;
}

function describe(error) {
  const ext = error.extensions || {};
  const where = ext.inputPath ? ` [${ext.inputPath}]` : '';
  const kind = ext.classification ? ` (${ext.classification})` : '';
  return error.message + where + kind;
}
