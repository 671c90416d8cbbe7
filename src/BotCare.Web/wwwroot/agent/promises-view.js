// The promises view: every open commitment in the ledger, earliest due first, filtered to the ones due soon, overdue,
// the agent's own (and the team's), or all. Each row says what was promised, to whom, who keeps it and when, and
// offers Kept / Broken / Cancel to whoever may complete it.

import { emptyState, fill, h } from './dom.js';
import { customerName, channelLabel } from './format.js';
import { dueCell, kindLabel, mayComplete, ownerText, statePill } from './promise-format.js';

export const filters = [
  { id: 'soon', label: 'Due soon', params: { due: 'soon' }, empty: ['Nothing due in the next hours.', 'Promises coming due show here before they are late.'] },
  { id: 'overdue', label: 'Overdue', params: { due: 'overdue' }, empty: ['No promise is overdue.', 'Every promise past its due time and still open shows here.'] },
  { id: 'mine', label: 'Mine', params: { owner: 'me' }, empty: ['You have no open promises.', 'Promises you or the team made show here.'] },
  { id: 'all', label: 'All open', params: {}, empty: ['No open promises.', 'Promises the bot and agents make to customers show here.'] },
];

export class PromisesView {
  /** @param ctx {{ state, agentName(id), load(filter), complete(item, status), openChat(conversationId) }} */
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.filter = 'soon';
    this.items = [];
    this.fetchedAt = performance.now();
    this.loading = false;
    this.error = null;
    this.tabs = new Map();
    this.build();
  }

  build() {
    const group = h('div', { class: 'promise-filters', role: 'group', 'aria-label': 'Show' },
      filters.map((f) => {
        const button = h('button', { type: 'button', class: 'view-tab', dataset: { testid: `promises-filter-${f.id}` }, 'aria-pressed': 'false', onclick: () => this.choose(f.id) }, f.label);
        this.tabs.set(f.id, button);
        return button;
      }));
    this.count = h('span', { class: 'count' }, '0');
    this.body = h('div', { class: 'promises-body' });
    fill(this.root,
      h('header', { class: 'promises-head' },
        h('div', null,
          h('h1', { class: 'promises-title', id: 'promises-heading' }, 'Promises ', this.count),
          h('p', { class: 'muted small promises-lead' }, 'Every promise made to a customer, by the bot or an agent. Keep each one, or say it was broken or cancelled.')),
        group),
      this.body);
  }

  choose(filter) {
    this.filter = filter;
    this.ctx.load(filter);
  }

  /** The ledger as last read; items the agent just completed stay (with their new status) until the next read. */
  show(items, { team, error } = {}) {
    this.items = items ?? this.items;
    this.team = team ?? this.team;
    this.error = error ?? null;
    this.fetchedAt = performance.now();
    this.render();
  }

  replace(item) {
    const index = this.items.findIndex((i) => i.id === item.id);
    if (index >= 0) this.items[index] = item;
    this.render();
  }

  render() {
    for (const [id, tab] of this.tabs) tab.setAttribute('aria-pressed', String(id === this.filter));
    this.count.textContent = String(this.items.filter((i) => i.status === 'open').length);
    const chosen = filters.find((f) => f.id === this.filter) ?? filters[0];
    if (this.error) {
      fill(this.body, emptyState("Couldn't load the promises", this.error));
      return;
    }
    if (this.items.length === 0) {
      fill(this.body, emptyState(...chosen.empty, 'promises-empty'));
      return;
    }

    const head = ['What was promised', 'Customer · case', 'Owner', 'Due', 'Status'].map((t) => h('th', { scope: 'col' }, t));
    fill(this.body, h('table', { class: 'promises-table' },
      h('caption', { class: 'visually-hidden' }, `Promises: ${chosen.label}`),
      h('thead', null, h('tr', null, head, h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
      h('tbody', null, this.items.map((item) => this.row(item)))));
  }

  row(item) {
    const { state, agentName } = this.ctx;
    const who = { me: state.me, team: this.team ?? state.team, agentName, seesAll: state.seesAll };
    // The queue's name for them, as the chat list shows it; channels that give none leave "Customer" and the case id.
    const name = customerName(item.customerName);
    const open = item.conversationId
      ? h('button', { type: 'button', class: 'link-button', 'aria-label': `Open the chat with ${name}`, onclick: () => this.ctx.openChat(item.conversationId) }, name)
      : h('span', null, name);
    return h('tr', { class: ['promise-row', `is-${item.status === 'open' ? (item.overdue ? 'overdue' : item.atRisk ? 'at-risk' : 'open') : 'done'}`], dataset: { testid: 'promise-row', id: item.id } },
      h('td', { class: 'promise-what' },
        h('span', { class: 'chip chip-kind' }, kindLabel(item.kind)),
        h('span', { class: 'row-title' }, item.what || 'A promise')),
      h('td', null, open,
        h('span', { class: 'muted small block promise-case', title: item.caseId ?? '' }, [item.channelId ? channelLabel(item.channelId) : null, item.caseId].filter(Boolean).join(' · '))),
      h('td', { title: item.owner }, ownerText(item.owner, who)),
      h('td', null, dueCell(item, this.fetchedAt)),
      h('td', null, statePill(item)),
      h('td', { class: 'promise-actions' }, completeButtons(item, mayComplete(item, who), (status) => this.ctx.complete(item, status))));
  }
}

/** Kept / Broken / Cancel, each saying what it does to which promise for a screen reader. */
export function completeButtons(item, allowed, complete) {
  if (item.status !== 'open') return null;
  const what = item.what || 'this promise';
  const button = (status, label, extra) => h('button', {
    type: 'button',
    class: ['btn', 'btn-small', extra],
    disabled: !allowed,
    title: allowed ? null : "Only its owner or a supervisor completes this one",
    dataset: { testid: `promise-${status}` },
    'aria-label': `${label}: ${what}`,
    onclick: async (event) => {
      const el = event.currentTarget;
      el.disabled = true;
      try {
        await complete(status);
      } finally {
        el.disabled = !allowed;
      }
    },
  }, label);
  return h('span', { class: 'inline-buttons' }, button('kept', 'Kept', 'btn-good'), button('broken', 'Broken', 'btn-danger'), button('cancelled', 'Cancel', null));
}
