// The promises side of the console: switching between the chats and the promises view, the badge counting promises
// at risk (the agent's own and the team's; every one for supervisors), the live warning when one becomes at risk, and
// the calls that add and complete promises.

import { ApiError, ledger } from './api.js';
import { byId } from './dom.js';
import { customerName } from './format.js';
import { filters, PromisesView } from './promises-view.js';
import { span, tickDues } from './promise-format.js';

const done = { kept: 'Marked kept', broken: 'Marked broken', cancelled: 'Cancelled' };

/** @param ctx {{ state, agentName(id), say(text), showError(error, context), openChat(conversationId), refreshDetail() }} */
export function setUpPromises(ctx) {
  const { state } = ctx;
  const chatsTab = byId('view-chats');
  const promisesTab = byId('view-promises');
  const badge = byId('promises-badge');
  const chats = document.querySelector('main.console');
  const root = byId('promises-view');
  const toast = byId('risk-toast');
  const toastText = byId('risk-toast-text');
  const told = new Set();
  let toastTimer = 0;
  let request = 0;

  const showing = () => !root.hidden;

  async function load(filter = view.filter) {
    view.filter = filter;
    const chosen = filters.find((f) => f.id === filter) ?? filters[0];
    const mine = ++request;
    view.render();
    try {
      const result = await ledger.list(chosen.params);
      if (mine !== request) return;
      state.team = result?.team ?? state.team;
      view.show(Array.isArray(result?.items) ? result.items : [], { team: result?.team });
    } catch (error) {
      if (mine !== request) return;
      view.show([], { error: error instanceof ApiError ? error.detail : 'The ledger could not be read.' });
    }
  }

  function showChats() {
    root.hidden = true;
    chats.hidden = false;
    chatsTab.setAttribute('aria-pressed', 'true');
    promisesTab.setAttribute('aria-pressed', 'false');
  }

  function showPromises() {
    chats.hidden = true;
    root.hidden = false;
    chatsTab.setAttribute('aria-pressed', 'false');
    promisesTab.setAttribute('aria-pressed', 'true');
    root.focus();
    return load();
  }

  async function countAtRisk() {
    try {
      const result = await ledger.list(state.seesAll ? {} : { owner: 'me' });
      state.team = result?.team ?? state.team;
      const count = (Array.isArray(result?.items) ? result.items : []).filter((item) => item.atRisk).length;
      badge.textContent = String(count);
      badge.hidden = count === 0;
      promisesTab.setAttribute('aria-label', count ? `Promises, ${count} at risk` : 'Promises');
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) console.warn('Promises at risk: count unavailable', error);
    }
  }

  async function complete(item, status) {
    try {
      const completed = await ledger.complete(item.id, status);
      ctx.say(`${done[status] ?? 'Done'}: ${item.what}`);
      if (showing() && completed) view.replace(completed);
      return completed;
    } catch (error) {
      ctx.showError(error, "Couldn't complete the promise");
      if (showing()) load();
      return null;
    } finally {
      countAtRisk();
      if (item.conversationId && item.conversationId === state.selectedId) ctx.refreshDetail();
    }
  }

  async function add(conversationId, body) {
    try {
      const added = await ledger.add(conversationId, body);
      ctx.say('Promise added to the case');
      return added;
    } catch (error) {
      ctx.showError(error, "Couldn't add the promise");
      return null;
    } finally {
      ctx.refreshDetail();
      countAtRisk();
    }
  }

  /** The hub's warning: shown once per promise, and the badge, the view and the open chat read the ledger again. */
  function atRisk(item) {
    if (!item?.id || told.has(item.id)) return;
    told.add(item.id);
    const who = item.customerName ? customerName(item.customerName) : 'a customer';
    toastText.textContent = item.overdue
      ? `Overdue promise to ${who}: ${item.what}`
      : `Promise to ${who} due in ${span(item.dueInSeconds)}: ${item.what}`;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toast.hidden = true; }, 20000);
    countAtRisk();
    if (showing()) load();
    if (item.conversationId && item.conversationId === state.selectedId) ctx.refreshDetail();
  }

  const view = new PromisesView(root, {
    state,
    agentName: ctx.agentName,
    load,
    complete,
    openChat: (id) => {
      showChats();
      ctx.openChat(id);
    },
  });

  chatsTab.addEventListener('click', showChats);
  promisesTab.addEventListener('click', showPromises);
  byId('risk-toast-close').addEventListener('click', () => { toast.hidden = true; });
  byId('risk-toast-show').addEventListener('click', () => {
    toast.hidden = true;
    view.filter = 'soon';
    showPromises();
  });
  toast.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') toast.hidden = true;
  });
  setInterval(() => tickDues(), 15000);
  // Without the hub nothing says a promise was added or kept elsewhere: the badge and the open view read again.
  setInterval(() => {
    countAtRisk();
    if (showing()) load();
  }, 60000);

  return { add, complete, atRisk, countAtRisk, showChats, reload: () => (showing() ? load() : null) };
}
