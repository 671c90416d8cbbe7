// The agent console: the queue on the left, the open chat in the middle, its case and actions on the right.
// State lives here; the views (queue-view, chat-view, case-view) draw it. Live updates come from the agent hub,
// with a poll every 15 s as the fallback.

import { api, ApiError } from './api.js';
import { byId, h } from './dom.js';
import { customerName, initials, presenceLabel } from './format.js';
import { CaseView } from './case-view.js';
import { ChatView } from './chat-view.js';
import { connectLive } from './live.js';
import { QueueView } from './queue-view.js';
import { setUpPromises } from './promises.js';
import { tickWaits } from './widgets.js';

const pollEvery = 15000;

const state = {
  me: null,
  seesAll: false,
  presence: byId('presence-select')?.value ?? 'offline',
  queue: [],
  live: [],
  queueFetchedAt: performance.now(),
  agents: [],
  canned: [],
  selectedId: null,
  detail: null,
  unread: new Map(),
  drafts: new Map(),
  busy: new Set(),
  team: null,
};

const agentName = (id) => {
  if (!id) return '';
  if (state.me && id === state.me.id) return state.me.name;
  const agent = state.agents.find((a) => a.id === id);
  return agent?.displayName || id;
};
const itemFor = (id) => state.queue.find((item) => item.conversationId === id) ?? (state.detail?.conversationId === id ? state.detail.queue : null) ?? null;

// -- messages to the agent -----------------------------------------------------------------------------------

const banner = byId('error-banner');
const bannerText = byId('error-text');
let bannerTimer = 0;

function showError(error, context) {
  const detail = error instanceof ApiError ? error.detail : (error?.message || 'Something went wrong.');
  if (error instanceof ApiError && error.status === 401) return; // on the way to the sign-in page
  bannerText.textContent = context ? `${context}: ${detail}` : detail;
  banner.hidden = false;
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(() => { banner.hidden = true; }, 20000);
}

function clearError() {
  banner.hidden = true;
}

const toast = byId('toast');
let toastTimer = 0;
function say(text) {
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { toast.hidden = true; }, 4000);
}

byId('error-close').addEventListener('click', clearError);

// -- views ---------------------------------------------------------------------------------------------------

const queueView = new QueueView({ state, agentName, select: (id) => select(id), claim: (id) => claim(id), watch: (id) => select(id, { focus: true }) });
const chatView = new ChatView(byId('chat-pane'), {
  state,
  agentName,
  itemFor,
  claim: (id) => claim(id),
  typing: (id) => live.typing(id),
  send: (id, text) => sendMessage(id, text),
  note: (id, text) => addNote(id, text),
});
const promises = setUpPromises({ state, agentName, say, showError, openChat: (id) => select(id), refreshDetail: () => refreshDetail() });
const caseView = new CaseView(byId('case-pane'), {
  state,
  agentName,
  addPromise: (id, body) => promises.add(id, body),
  completePromise: (item, status) => promises.complete(item, status),
  transfer: (id, to, name) => act(id, () => api.transfer(id, to), `Transferred to ${name || to}`),
  handBack: (id, summary) => act(id, () => api.handBack(id, summary), 'Handed back to the bot'),
  close: (id, outcome, text, label) => act(id, () => api.close(id, outcome, text), `Chat closed: ${label}`),
});

function renderQueue() {
  const groups = queueView.render();
  const waiting = groups.waiting.length;
  document.title = `${waiting ? `(${waiting}) ` : ''}Agent console · ${document.querySelector('.brand-company')?.textContent ?? ''}`;
}

// -- loading -------------------------------------------------------------------------------------------------

let queueLoading = null;
async function refreshQueue({ quiet = false } = {}) {
  if (queueLoading) return queueLoading;
  queueLoading = (async () => {
    try {
      const [result, live] = await Promise.all([api.queue(), state.seesAll ? api.live().catch(() => null) : null]);
      state.queue = Array.isArray(result?.items) ? result.items : [];
      state.live = Array.isArray(live?.items) ? live.items : [];
      state.queueFetchedAt = performance.now();
      renderQueue();
    } catch (error) {
      if (!quiet) showError(error, "Couldn't load the queue");
    } finally {
      queueLoading = null;
    }
  })();
  return queueLoading;
}

let detailRequest = 0;
async function refreshDetail() {
  const id = state.selectedId;
  if (!id) return;
  const request = ++detailRequest;
  try {
    const detail = await api.conversation(id);
    if (request !== detailRequest || id !== state.selectedId || !detail) return;
    state.detail = { ...detail, conversationId: detail.conversationId ?? id };
    chatView.render(state.detail);
    caseView.render(state.detail);
  } catch (error) {
    if (request !== detailRequest || id !== state.selectedId) return;
    if (state.detail && error instanceof ApiError && (error.status === 403 || error.status === 404)) {
      // It was open a moment ago: transferred, handed back or closed, and no longer this agent's to see.
      deselect();
      say('That chat is no longer yours to see.');
      return;
    }
    showError(error, "Couldn't open the chat");
    if (!state.detail) {
      const message = error instanceof ApiError ? error.detail : 'The chat could not be loaded.';
      chatView.failed(message);
      caseView.failed();
    }
  }
}

async function loadAgents() {
  try {
    const result = await api.agents();
    state.agents = Array.isArray(result?.items) ? result.items : [];
    const mine = state.agents.find((a) => a.id === state.me?.id);
    if (mine?.presence) setPresenceShown(mine.presence);
    renderQueue();
    if (state.detail) caseView.render(state.detail);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) console.warn('Agent list unavailable', error);
  }
}

async function loadCanned() {
  try {
    const result = await api.cannedResponses();
    state.canned = (Array.isArray(result?.items) ? result.items : []).filter((c) => c && c.text);
    if (state.detail) chatView.render(state.detail);
  } catch (error) {
    console.warn('Canned responses unavailable', error);
  }
}

// -- selecting a chat ----------------------------------------------------------------------------------------

function deselect() {
  if (state.selectedId) live.unwatch(state.selectedId);
  state.selectedId = null;
  state.detail = null;
  history.replaceState(null, '', location.pathname);
  chatView.showEmpty();
  caseView.showEmpty();
  renderQueue();
}

function select(id, { focus = false } = {}) {
  if (!id) return Promise.resolve();
  if (id === state.selectedId) return refreshDetail();
  const previous = state.selectedId;
  if (previous) live.unwatch(previous);
  state.selectedId = id;
  state.detail = null;
  state.unread.delete(id);
  history.replaceState(null, '', `#chat=${encodeURIComponent(id)}`);
  live.watch(id);
  chatView.open(id);
  caseView.open(id);
  renderQueue();
  if (focus) byId('chat-pane').focus();
  return refreshDetail();
}

// -- actions -------------------------------------------------------------------------------------------------

async function claim(id) {
  const key = `claim:${id}`;
  if (state.busy.has(key)) return;
  state.busy.add(key);
  renderQueue();
  try {
    await api.claim(id);
    const name = customerName(itemFor(id)?.customerName);
    clearError();
    say(`You have the chat with ${name}`);
    await refreshQueue({ quiet: true });
    await select(id);
    document.querySelector('[data-testid="reply-input"]')?.focus();
  } catch (error) {
    showError(error, "Couldn't claim the chat");
    refreshQueue({ quiet: true });
  } finally {
    state.busy.delete(key);
    renderQueue();
    if (state.selectedId === id && state.detail) chatView.render(state.detail);
  }
}

function addToTranscript(id, item) {
  if (!item || state.selectedId !== id || !state.detail) return;
  const transcript = Array.isArray(state.detail.transcript) ? state.detail.transcript : (state.detail.transcript = []);
  const notes = Array.isArray(state.detail.notes) ? state.detail.notes : [];
  if (item.id && (transcript.some((t) => t.id === item.id) || notes.some((n) => n.id === item.id))) return;
  transcript.push(item);
  chatView.append(item, state.detail);
}

async function sendMessage(id, text) {
  try {
    await api.sendMessage(id, text);
    // The reply shows as the customer got it: the hub pushes every delivered message to the consoles watching the
    // chat, this one included (a copy made here would show twice, the server's having its own id). Without the hub,
    // the chat is read again.
    if (!live.connected()) await refreshDetail();
    return true;
  } catch (error) {
    showError(error, "Your reply wasn't sent");
    if (error instanceof ApiError && error.status === 409) refreshAfterChange();
    return false;
  }
}

async function addNote(id, text) {
  try {
    const note = await api.addNote(id, text);
    addToTranscript(id, { id: note?.id ?? `local-${Date.now()}`, kind: 'note', name: note?.agentName ?? state.me?.name, text: note?.text ?? text, at: note?.at ?? new Date().toISOString() });
    return true;
  } catch (error) {
    showError(error, "Your note wasn't saved");
    if (error instanceof ApiError && error.status === 409) refreshAfterChange();
    return false;
  }
}

/** Transfer, hand back, close: the server answers, then the queue and the chat show what changed. */
async function act(id, call, done) {
  try {
    await call();
    clearError();
    say(done);
    state.drafts.delete(id);
    await refreshAfterChange();
    return true;
  } catch (error) {
    showError(error);
    if (error instanceof ApiError && error.status === 409) refreshAfterChange();
    return false;
  }
}

function refreshAfterChange() {
  return Promise.all([refreshQueue({ quiet: true }), refreshDetail()]);
}

// -- presence ------------------------------------------------------------------------------------------------

const presenceSelect = byId('presence-select');
function setPresenceShown(presence) {
  state.presence = presence;
  presenceSelect.value = presence;
  presenceSelect.closest('.presence').dataset.presence = presence;
}
presenceSelect.addEventListener('change', async () => {
  const wanted = presenceSelect.value;
  const before = state.presence;
  presenceSelect.closest('.presence').dataset.presence = wanted;
  try {
    const result = await api.setPresence(wanted);
    setPresenceShown(result?.presence ?? wanted);
    say(`You're ${presenceLabel(result?.presence ?? wanted).toLowerCase()}`);
    refreshQueue({ quiet: true });
  } catch (error) {
    setPresenceShown(before);
    showError(error, "Couldn't change your presence");
  }
});

// -- live ----------------------------------------------------------------------------------------------------

const liveStatus = byId('live-status');
const liveText = liveStatus.querySelector('.live-text');
function showLive(name) {
  liveStatus.dataset.state = name;
  liveText.textContent = {
    live: 'Live',
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    offline: 'Offline: refreshing every 15 s',
    unavailable: 'Live updates off: refreshing every 15 s',
  }[name] ?? name;
}

const live = connectLive({
  state: showLive,
  watched: () => state.selectedId,
  queueChanged: () => refreshQueue({ quiet: true }),
  conversationChanged: (id) => {
    if (id === state.selectedId) refreshDetail();
  },
  activity: (id, item) => {
    if (id === state.selectedId) {
      addToTranscript(id, item);
    } else if (item?.kind === 'customer' && state.queue.some((q) => q.conversationId === id)) {
      state.unread.set(id, (state.unread.get(id) ?? 0) + 1);
      renderQueue();
    }
  },
  commitmentAtRisk: (item) => promises.atRisk(item),
  reconnected: () => {
    refreshAfterChange();
    promises.countAtRisk();
    promises.reload();
  },
});

// -- start ---------------------------------------------------------------------------------------------------

async function start() {
  const nameShown = byId('whoami-name')?.textContent ?? '';
  byId('whoami-initials').textContent = initials(nameShown);
  try {
    state.me = await api.me();
  } catch (error) {
    showError(error, "Couldn't read who you are");
  }
  const role = state.me?.role ?? byId('whoami')?.dataset.role;
  state.seesAll = role === 'Supervisor' || role === 'Admin';
  if (state.seesAll) {
    document.querySelector('.topbar-end')?.prepend(h('a', { class: 'btn btn-quiet', href: '/insights', dataset: { testid: 'insights-link' } }, 'Insights'));
  }

  await Promise.all([refreshQueue(), loadAgents(), loadCanned(), promises.countAtRisk()]);

  const fromHash = /^#chat=(.+)$/.exec(location.hash);
  if (fromHash) select(decodeURIComponent(fromHash[1]));

  setInterval(() => {
    refreshQueue({ quiet: true });
    // Without the hub nothing says the open chat changed: read it again with the queue.
    if (!live.connected()) refreshDetail();
  }, pollEvery);
  setInterval(loadAgents, 60000);
  setInterval(() => tickWaits(), 1000);
}

start();
