// The left column: my chats, the chats waiting, and (for supervisors and admins) the chats other agents hold.
// Cards are kept across refreshes when nothing about them changed, so focus and the live wait survive a poll.

import { byId, emptyState, fill, h } from './dom.js';
import { clock, customerName, humanize, initials } from './format.js';
import { angerMeter, channelBadge, reasonChip, waitTime } from './widgets.js';

const empty = {
  mine: ["You're not holding any chats.", 'Claim one from the waiting list and it moves here.'],
  waiting: ['No chats waiting. Nice work.', 'New chats appear here the moment the bot hands one over.'],
  others: ['No one else is holding a chat.', 'Chats other agents take show here, ready to watch.'],
  live: ['No one is talking to the bot right now.', 'Chats the bot is handling show here, ready to watch.'],
};

export class QueueView {
  /** @param ctx {{ state, select(id), claim(id), watch(id), agentName(id) }} */
  constructor(ctx) {
    this.ctx = ctx;
    this.lists = { mine: byId('mine-list'), waiting: byId('waiting-list'), others: byId('others-list') };
    this.counts = { mine: byId('mine-count'), waiting: byId('waiting-count'), others: byId('others-count') };
    this.others = byId('others-section');
    this.live = { section: byId('live-section'), list: byId('live-list'), count: byId('live-count') };
  }

  /** Supervisors' list of chats still with the bot (never escalated, or handed back): watch one before anyone asks. */
  renderLive() {
    const { state } = this.ctx;
    this.live.section.hidden = !state.seesAll;
    if (!state.seesAll) return;
    const queued = new Set(state.queue.map((item) => item.conversationId));
    const chats = state.live.filter((chat) => !queued.has(chat.conversationId));
    this.live.count.textContent = String(chats.length);
    if (chats.length === 0) {
      fill(this.live.list, h('li', { class: 'queue-empty' }, emptyState(...empty.live)));
      return;
    }

    fill(this.live.list, ...chats.map((chat) => {
      const name = customerName(chat.customerName);
      const selected = state.selectedId === chat.conversationId;
      return h('li', {
        class: ['card', 'card-live', selected ? 'is-selected' : null],
        dataset: { testid: 'live-item', conversationId: chat.conversationId },
        onclick: (event) => { if (!event.target.closest('button')) this.ctx.select(chat.conversationId); },
      },
      h('div', { class: 'card-top' },
        h('span', { class: 'avatar avatar-small', 'aria-hidden': 'true' }, initials(name)),
        h('button', { type: 'button', class: 'card-open', 'aria-current': selected ? 'true' : null, onclick: () => this.ctx.select(chat.conversationId) }, h('span', { class: 'card-name' }, name)),
        h('span', { class: 'wait', title: 'Last message' }, clock(chat.lastAt))),
      h('p', { class: 'card-last' }, chat.lastText),
      h('div', { class: 'card-bottom' },
        channelBadge(chat.channelId),
        h('span', { class: 'skill' }, `${chat.messages} messages`),
        h('span', { class: 'card-actions' }, h('button', {
          type: 'button', class: 'btn btn-small', dataset: { testid: 'watch-button' }, 'aria-label': `Watch the chat with ${name}`,
          onclick: (event) => { event.stopPropagation(); this.ctx.watch(chat.conversationId); },
        }, 'Watch'))));
    }));
  }

  render() {
    const { state } = this.ctx;
    const me = state.me?.id;
    const groups = { mine: [], waiting: [], others: [] };
    for (const item of state.queue) {
      if (item.status === 'waiting') groups.waiting.push(item);
      else if (item.agentId && item.agentId === me) groups.mine.push(item);
      else groups.others.push(item);
    }

    this.others.hidden = !state.seesAll;
    for (const [group, items] of Object.entries(groups)) {
      this.counts[group].textContent = String(items.length);
      this.renderList(group, items);
    }
    this.renderLive();
    return groups;
  }

  renderList(group, items) {
    const list = this.lists[group];
    if (items.length === 0) {
      if (list.dataset.state !== 'empty') {
        fill(list, h('li', { class: 'queue-empty' }, emptyState(...empty[group])));
        list.dataset.state = 'empty';
      }
      return;
    }

    if (list.dataset.state === 'empty') list.replaceChildren();
    list.dataset.state = 'items';
    const existing = new Map([...list.querySelectorAll(':scope > [data-conversation-id]')].map((el) => [el.dataset.conversationId, el]));
    const wanted = items.map((item) => {
      const signature = this.signature(group, item);
      const old = existing.get(item.conversationId);
      existing.delete(item.conversationId);
      if (old && old.dataset.signature === signature) return old;
      const card = this.card(group, item);
      card.dataset.signature = signature;
      if (old) {
        const focused = old.contains(document.activeElement) ? document.activeElement.dataset.focusKey : null;
        old.replaceWith(card);
        if (focused) card.querySelector(`[data-focus-key="${focused}"]`)?.focus();
      }
      return card;
    });

    for (const stale of existing.values()) stale.remove();
    wanted.forEach((card, index) => {
      if (list.children[index] !== card) list.insertBefore(card, list.children[index] ?? null);
    });
  }

  /** What the card shows, except the wait (which ticks by itself): a card is rebuilt only when this changes. */
  signature(group, item) {
    const { state } = this.ctx;
    const { waitedSeconds, ...shown } = item;
    return JSON.stringify([group, shown, state.selectedId === item.conversationId, state.unread.get(item.conversationId) ?? 0,
      state.busy.has(`claim:${item.conversationId}`), this.ctx.agentName(item.agentId), state.seesAll]);
  }

  card(group, item) {
    const { state } = this.ctx;
    const id = item.conversationId;
    const name = customerName(item.customerName);
    const selected = state.selectedId === id;
    const unread = state.unread.get(id) ?? 0;
    const claiming = state.busy.has(`claim:${id}`);

    const open = h('button', {
      type: 'button',
      class: 'card-open',
      'aria-current': selected ? 'true' : null,
      dataset: { focusKey: 'open' },
      onclick: () => this.ctx.select(id),
    }, h('span', { class: 'card-name' }, name), unread > 0 ? h('span', { class: 'unread', 'aria-label': `${unread} new` }, String(unread)) : null);

    const actions = [];
    if (item.status === 'waiting') {
      actions.push(h('button', {
        type: 'button', class: 'btn btn-primary btn-small', dataset: { testid: 'claim-button', focusKey: 'claim' },
        disabled: claiming, 'aria-label': `Claim the chat with ${name}`,
        onclick: (event) => { event.stopPropagation(); this.ctx.claim(id); },
      }, claiming ? 'Claiming…' : 'Claim'));
    }
    if (state.seesAll && group !== 'mine') {
      actions.push(h('button', {
        type: 'button', class: 'btn btn-small', dataset: { testid: 'watch-button', focusKey: 'watch' },
        'aria-label': `Watch the chat with ${name}`,
        onclick: (event) => { event.stopPropagation(); this.ctx.watch(id); },
      }, 'Watch'));
    }

    const waited = item.status === 'waiting'
      ? waitTime(item.waitedSeconds, state.queueFetchedAt, { live: true })
      : waitTime(item.waitedSeconds, state.queueFetchedAt, { live: false, prefix: 'waited ' });
    const holder = group === 'others'
      ? h('span', { class: 'holder', title: 'Held by' }, h('span', { class: 'avatar avatar-tiny', 'aria-hidden': 'true' }, initials(this.ctx.agentName(item.agentId))), h('span', { class: 'holder-name' }, this.ctx.agentName(item.agentId) || 'Another agent'))
      : null;
    const position = item.status === 'waiting' && item.position
      ? h('span', { class: 'position', title: `Number ${item.position} in line for ${item.skill || 'this skill'}` }, `#${item.position}`)
      : null;
    const skill = group === 'others' || !item.skill ? null : h('span', { class: 'skill', title: 'Skill' }, humanize(item.skill));

    return h('li', {
      class: ['card', `card-${item.status}`, selected ? 'is-selected' : null, unread > 0 ? 'has-unread' : null],
      dataset: { testid: 'queue-item', conversationId: id, status: item.status },
      onclick: (event) => { if (!event.target.closest('button')) this.ctx.select(id); },
    },
    h('div', { class: 'card-top' }, h('span', { class: 'avatar avatar-small', 'aria-hidden': 'true' }, initials(name)), open, position, waited),
    h('div', { class: 'card-tags' }, channelBadge(item.channelId), reasonChip(item.reason)),
    h('div', { class: 'card-bottom' },
      angerMeter(item.anger),
      skill,
      holder,
      actions.length ? h('span', { class: 'card-actions' }, actions) : null));
  }
}
