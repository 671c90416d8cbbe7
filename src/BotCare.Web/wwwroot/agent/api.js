// The console's calls to /api/agent. GETs carry the session cookie; every POST also carries the antiforgery token
// (fetched once from /api/agent/antiforgery, fetched again once if the server refuses it). Errors become ApiError
// with the server's own words (problem+json "detail") so the page can show them as they are.

const signInPath = '/agent/signin';

export class ApiError extends Error {
  constructor(status, detail, body) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.body = body;
  }
}

let antiforgery = null;

async function antiforgeryToken(refresh = false) {
  if (!antiforgery || refresh) {
    antiforgery = getJson('/api/agent/antiforgery').catch((error) => {
      antiforgery = null;
      throw error;
    });
  }
  return antiforgery;
}

async function problemOf(response) {
  let body = null;
  try {
    const type = response.headers.get('Content-Type') ?? '';
    body = type.includes('json') ? await response.json() : { detail: (await response.text()).slice(0, 300) };
  } catch {
    body = null;
  }
  const fallback = {
    400: 'The server could not accept that request.',
    401: 'Your session has ended. Sign in again.',
    403: "You're not allowed to do that.",
    404: 'That chat no longer exists.',
    409: 'That chat has changed hands in the meantime.',
  }[response.status] ?? `The server answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''}.`;
  const detail = (body && typeof body.detail === 'string' && body.detail.trim()) || (body && typeof body.title === 'string' && body.title.trim()) || fallback;
  return new ApiError(response.status, detail, body);
}

async function send(path, init) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin', cache: 'no-store', ...init });
  } catch {
    throw new ApiError(0, "Can't reach the server. Check your connection; the console keeps trying.");
  }
  if (response.status === 401) {
    // The session cookie is gone or expired: the sign-in page brings the agent back here.
    window.location.assign(signInPath);
  }
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? response.json() : null;
}

export function getJson(path) {
  return send(path, { headers: { Accept: 'application/json' } });
}

export async function postJson(path, body = {}) {
  const attempt = async (refresh) => {
    const token = await antiforgeryToken(refresh);
    return send(path, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', [token.headerName]: token.token },
      body: JSON.stringify(body),
    });
  };
  try {
    return await attempt(false);
  } catch (error) {
    // A token issued before the session changed (a new sign-in in another tab) is refused with 400: fetch a new one once.
    if (error instanceof ApiError && error.status === 400 && /antiforgery/i.test(error.detail)) return attempt(true);
    throw error;
  }
}

const conversation = (id) => `/api/agent/conversations/${encodeURIComponent(id)}`;

export const api = {
  me: () => getJson('/api/agent/me'),
  queue: () => getJson('/api/agent/queue'),
  live: () => getJson('/api/agent/live'),
  agents: () => getJson('/api/agent/agents'),
  cannedResponses: () => getJson('/api/agent/canned-responses'),
  setPresence: (presence) => postJson('/api/agent/presence', { presence }),
  conversation: (id) => getJson(conversation(id)),
  claim: (id) => postJson(`${conversation(id)}/claim`),
  sendMessage: (id, text) => postJson(`${conversation(id)}/messages`, { text }),
  addNote: (id, text) => postJson(`${conversation(id)}/notes`, { text }),
  handBack: (id, summary) => postJson(`${conversation(id)}/handback`, { summary }),
  transfer: (id, toAgentId) => postJson(`${conversation(id)}/transfer`, { toAgentId }),
  close: (id, outcome, text) => postJson(`${conversation(id)}/close`, { outcome, text }),
};

export const ledger = {
  /** @param params {{ status?, due?, owner? }} */
  list: (params = {}) => getJson(`/api/agent/commitments?${new URLSearchParams(params)}`),
  add: (conversationId, body) => postJson(`${conversation(conversationId)}/commitments`, body),
  complete: (id, status, note) => postJson(`/api/agent/commitments/${encodeURIComponent(id)}/complete`, { status, note }),
};
