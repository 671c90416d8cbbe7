// The centre pane: who the customer is, the brief the bot pinned, the live transcript and the composer.
// The pane is built once per opened chat; refreshes update its parts in place, so the transcript only grows
// (screen readers hear each new message once) and a half-written reply is never thrown away.

import { emptyState, fill, h, uid } from './dom.js';
import { channelLabel, clock, customerName, dateTime, humanize, list, ownerLabel, reasonLabel } from './format.js';
import { angerMeter, channelBadge, reasonChip, skillChip, statusPill, waitTime } from './widgets.js';

const noteLabel = 'Internal note — not sent to customer';

/**
 * An agent's message as they wrote it. The customer gets it signed ("Alex Morgan: Hi"), and the transcript keeps what
 * the customer got; beside the agent's name that signature only repeats it.
 */
export function withoutSignature(text, name) {
  const value = String(text ?? '');
  const signature = name ? `${name}: ` : null;
  return signature && value.startsWith(signature) && value.length > signature.length ? value.slice(signature.length) : value;
}

/** Everything the transcript shows, in time order: messages, notes (kept apart by the server too) and hand-overs. */
export function timeline(detail, agentName) {
  const entries = [];
  const seen = new Set();
  const add = (key, at, entry) => {
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ key, at: Date.parse(at ?? '') || null, order: entries.length, ...entry });
  };
  for (const item of list(detail?.transcript)) add(`m:${item.id ?? entries.length}`, item.at, { type: 'message', item });
  for (const note of list(detail?.notes)) {
    add(`m:${note.id ?? entries.length}`, note.at, { type: 'message', item: { id: note.id, kind: 'note', name: note.agentName || agentName(note.agentId), text: note.text, at: note.at } });
  }
  list(detail?.history).forEach((event, index) => add(`h:${event.at ?? ''}:${event.to ?? ''}:${index}`, event.at, { type: 'event', event }));
  // Stable: entries without a time keep their place relative to their neighbours from the same list.
  return entries.sort((a, b) => (a.at !== null && b.at !== null && a.at !== b.at ? a.at - b.at : a.order - b.order));
}

export class ChatView {
  /** @param ctx {{ state, claim(id), send(id, text), note(id, text), typing(id), agentName(id), itemFor(id) }} */
  constructor(pane, ctx) {
    this.pane = pane;
    this.ctx = ctx;
    this.id = null;
    this.rendered = [];
    this.composerKey = null;
    this.briefOpen = true;
  }

  showEmpty() {
    this.id = null;
    fill(this.pane, emptyState('Pick a chat from the queue', "The customer's brief, the conversation and your reply box open here.", 'empty-state-large'));
  }

  /** A chat was picked: the frame, with what the queue already knows, while its details load. */
  open(id) {
    this.id = id;
    this.rendered = [];
    this.composerKey = null;
    this.header = h('header', { class: 'chat-header' });
    this.brief = h('div', { class: 'brief-slot' });
    this.transcript = h('ol', {
      class: 'transcript', dataset: { testid: 'transcript' }, role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Conversation',
      onscroll: () => { if (this.nearBottom()) this.jump.hidden = true; },
    });
    this.jump = h('button', { type: 'button', class: 'jump', hidden: true, onclick: () => this.scrollToEnd() }, 'New messages ↓');
    this.composer = h('div', { class: 'composer-slot' });
    fill(this.pane, this.header, this.brief, h('div', { class: 'transcript-wrap' }, this.transcript, this.jump), this.composer);
    const queued = this.ctx.itemFor(id);
    this.renderHeader(null, queued);
    fill(this.brief, h('div', { class: 'brief brief-loading', dataset: { testid: 'brief' } }, 'Loading the brief…'));
    fill(this.transcript, h('li', { class: 'transcript-empty' }, 'Loading the conversation…'));
    this.rendered = null;
  }

  /** The chat's details could not be read: say so where the transcript would be. */
  failed(message) {
    fill(this.brief);
    fill(this.transcript, h('li', { class: 'transcript-empty' }, emptyState("Couldn't open this chat", message)));
    fill(this.composer);
    this.rendered = [];
  }

  render(detail) {
    if (detail.conversationId && detail.conversationId !== this.id) return;
    const queued = detail.queue ?? this.ctx.itemFor(this.id);
    this.renderHeader(detail, queued);
    this.renderBrief(detail.brief ?? detail.queue?.brief ?? queued?.brief ?? null);
    this.renderComposer(detail, queued);
    this.renderTranscript(detail);
  }

  // -- header ------------------------------------------------------------------------------------------------

  renderHeader(detail, queued) {
    const { state } = this.ctx;
    const name = customerName(queued?.customerName);
    const owner = detail?.owner ?? (queued ? (queued.status === 'waiting' ? 'queued' : 'agent') : null);
    const agentId = detail?.agentId ?? queued?.agentId;
    const mine = owner === 'agent' && agentId && agentId === state.me?.id;

    let pill = null;
    if (owner === 'queued') pill = statusPill(queued?.position ? `Waiting · #${queued.position} in line` : 'Waiting', 'waiting');
    else if (mine) pill = statusPill('With you', 'mine');
    else if (owner === 'agent') pill = statusPill(`With ${this.ctx.agentName(agentId) || 'another agent'}`, 'other');
    else if (owner === 'bot') pill = statusPill('With the bot', 'bot');
    else if (owner === 'closed') pill = statusPill('Closed', 'closed');

    const facts = [];
    const caseId = detail?.case?.id ?? queued?.caseId;
    if (caseId) facts.push(h('span', { class: 'fact fact-case' }, 'Case ', h('span', { class: 'mono', title: caseId }, caseId)));
    if (queued) {
      facts.push(queued.status === 'waiting'
        ? h('span', { class: 'fact' }, 'Waiting ', waitTime(queued.waitedSeconds, state.queueFetchedAt, { live: true }))
        : h('span', { class: 'fact' }, 'Waited ', waitTime(queued.waitedSeconds, state.queueFetchedAt, { live: false })));
    }
    const channel = detail?.channelId ?? queued?.channelId;

    const actions = [];
    if (owner === 'queued') {
      const busy = state.busy.has(`claim:${this.id}`);
      actions.push(h('button', { type: 'button', class: 'btn btn-primary', dataset: { testid: 'claim-button' }, disabled: busy, onclick: () => this.ctx.claim(this.id) }, busy ? 'Claiming…' : 'Claim chat'));
    }
    if (!mine && state.seesAll && owner && owner !== 'closed') actions.push(h('span', { class: 'watching', title: 'You see this chat live; the customer does not see you' }, 'Watching'));

    fill(this.header,
      h('div', { class: 'chat-heading' },
        h('h1', { class: 'chat-name' }, name),
        channel ? channelBadge(channel) : null,
        pill),
      h('div', { class: 'chat-facts' }, facts, skillChip(queued?.skill ?? detail?.brief?.skill), reasonChip(queued?.reason ?? detail?.brief?.reason)),
      actions.length ? h('div', { class: 'chat-header-actions' }, actions) : null);
  }

  // -- brief -------------------------------------------------------------------------------------------------

  renderBrief(brief) {
    const details = h('details', { class: 'brief', dataset: { testid: 'brief' }, open: this.briefOpen });
    details.addEventListener('toggle', () => { this.briefOpen = details.open; });
    const b = brief ?? {};
    const issues = list(b.issues);
    const offers = list(b.offers);
    const linked = list(b.linkedCaseIds);
    const hasAnything = brief && (b.detail || b.situation || issues.length || b.customerWants || offers.length || b.customerNote || b.orderNumber);

    const trend = b.sentimentTrend ? h('span', { class: ['trend', `trend-${String(b.sentimentTrend).toLowerCase()}`] }, humanize(b.sentimentTrend)) : null;
    const summary = h('summary', { class: 'brief-summary' },
      h('span', { class: 'brief-title' }, 'Brief from the bot'),
      b.orderNumber ? h('span', { class: 'brief-order' }, 'Order ', h('span', { class: 'mono' }, b.orderNumber)) : null,
      brief && b.anger !== undefined && b.anger !== null ? h('span', { class: 'brief-anger' }, h('span', { class: 'brief-anger-label', 'aria-hidden': 'true' }, 'Anger'), angerMeter(b.anger, { wide: true, short: true }), trend) : null,
      hasAnything ? h('span', { class: 'brief-pinned', title: 'The customer confirmed this summary before the hand-over' }, 'Confirmed') : null);

    if (!hasAnything) {
      fill(this.brief, fill(details, summary, h('p', { class: 'brief-none' }, 'No brief: the bot handed this chat over without one. Read the transcript below.')));
      return;
    }

    const field = (label, ...value) => h('div', { class: 'brief-field' }, h('dt', null, label), h('dd', null, ...value));
    const bullets = (items, none) => (items.length ? h('ul', { class: 'bullets' }, items.map((text) => h('li', null, text))) : h('span', { class: 'muted' }, none));

    fill(this.brief, fill(details, summary,
      h('div', { class: 'brief-body' },
        b.detail || b.situation ? h('p', { class: 'brief-lead' }, b.detail || humanize(b.situation)) : null,
        h('dl', { class: 'brief-grid' },
          field('Issues', bullets(issues, 'None recorded')),
          field('Customer wants', b.customerWants ? b.customerWants : h('span', { class: 'muted' }, 'Not said')),
          field('Already offered', bullets(offers, 'Nothing yet')),
          // A repeat contact: the earlier remedy did not put it right, so the agent should see what was tried.
          linked.length ? field('Came back about', h('span', null, 'the same order, earlier cases: '), bullets(linked, '')) : null),
        b.customerNote ? h('figure', { class: 'brief-note' },
          h('figcaption', null, 'In the customer’s words'),
          h('blockquote', null, b.customerNote)) : null)));
  }

  // -- transcript --------------------------------------------------------------------------------------------

  renderTranscript(detail) {
    const entries = timeline(detail, this.ctx.agentName);
    const keys = entries.map((e) => e.key);
    const prefix = this.rendered && this.rendered.length <= keys.length && this.rendered.every((key, i) => key === keys[i]);
    const stick = this.rendered === null || this.nearBottom();

    if (!prefix) {
      this.transcript.replaceChildren();
      this.rendered = [];
    }
    const fresh = entries.slice(this.rendered.length);
    if (entries.length === 0) {
      fill(this.transcript, h('li', { class: 'transcript-empty' }, 'No messages yet.'));
      this.rendered = [];
      return;
    }
    this.transcript.querySelector(':scope > .transcript-empty')?.remove();
    for (const entry of fresh) this.transcript.append(entry.type === 'event' ? this.event(entry.event) : this.message(entry.item, detail));
    this.rendered = keys;

    if (stick || !prefix) {
      this.scrollToEnd();
      requestAnimationFrame(() => this.scrollToEnd());
    }
    else if (fresh.length) this.jump.hidden = false;
  }

  /** One message the hub pushed; ignored if it is already shown. */
  append(item, detail) {
    if (!item || !this.rendered) return;
    this.renderTranscript(detail);
  }

  message(item, detail) {
    const kind = ['customer', 'bot', 'agent', 'note'].includes(item.kind) ? item.kind : 'bot';
    const when = h('time', { datetime: item.at ?? null, title: dateTime(item.at) }, clock(item.at));
    const queued = detail?.queue ?? this.ctx.itemFor(this.id);
    const who = {
      customer: item.name || customerName(queued?.customerName),
      bot: item.name || 'Bot',
      agent: item.name || 'Agent',
      note: item.name || 'Agent',
    }[kind];
    const mine = (kind === 'agent' || kind === 'note') && this.ctx.state.me && item.name === this.ctx.state.me.name;

    if (kind === 'note') {
      return h('li', { class: 'msg msg-note', dataset: { testid: 'transcript-item', kind, id: item.id } },
        h('div', { class: 'note-head' },
          h('span', { class: 'note-label' }, noteLabel),
          h('span', { class: 'msg-name' }, mine ? `${who} (you)` : who), when),
        h('p', { class: 'msg-text' }, item.text ?? ''));
    }

    const label = { customer: 'Customer', bot: 'Bot', agent: 'Agent' }[kind];
    return h('li', { class: ['msg', `msg-${kind}`], dataset: { testid: 'transcript-item', kind, id: item.id } },
      h('div', { class: 'msg-meta' },
        h('span', { class: 'msg-name' }, mine ? `${who} (you)` : who),
        kind !== 'customer' ? h('span', { class: 'msg-kind' }, label) : null,
        when),
      h('p', { class: 'msg-text' }, kind === 'agent' ? withoutSignature(item.text, item.name) : item.text ?? ''));
  }

  event(event) {
    const to = String(event.to ?? '').toLowerCase();
    // By whom, as a name: the agent who joined, or the agent (or "customer", "bot") who made the change.
    const by = this.ctx.agentName(to === 'agent' ? event.agentId || event.by : event.by) || event.by;
    const text = {
      queued: 'Handed to the queue',
      agent: by ? `${by} joined the chat` : 'An agent joined the chat',
      bot: 'Handed back to the bot',
      closed: 'Chat closed',
    }[to] ?? `${ownerLabel(event.from) || 'Chat'} → ${ownerLabel(event.to) || 'changed'}`;
    // A reason in the server's enum spelling ("CustomerAsked", "angerRising") gets its label; words stay as written.
    // "Claimed" says nothing the line does not say already.
    const said = to === 'agent' && /^claimed$/i.test(event.why ?? '') ? '' : event.why;
    const why = said ? (/^[A-Za-z][a-z]*(?:[A-Z][a-z]*)*$/.test(said) ? reasonLabel(said) : said) : '';
    return h('li', { class: 'event', dataset: { testid: 'transcript-event' } },
      h('span', { class: 'event-text' }, text, why ? ` · ${why}` : '', to !== 'agent' && by && String(by).toLowerCase() !== 'bot' ? ` · by ${by}` : ''),
      h('time', { datetime: event.at ?? null, title: dateTime(event.at) }, clock(event.at)));
  }

  nearBottom() {
    const t = this.transcript;
    return !t || t.scrollHeight - t.scrollTop - t.clientHeight < 80;
  }

  scrollToEnd() {
    this.transcript.scrollTop = this.transcript.scrollHeight;
    this.jump.hidden = true;
  }

  // -- composer ----------------------------------------------------------------------------------------------

  renderComposer(detail, queued) {
    const { state } = this.ctx;
    const mine = detail.owner === 'agent' && detail.agentId && detail.agentId === state.me?.id;
    let locked = null;
    if (!mine) {
      locked = {
        queued: 'Claim this chat to reply to the customer.',
        agent: `${this.ctx.agentName(detail.agentId) || 'Another agent'} is handling this chat. You can read along.`,
        bot: 'The bot is handling this chat.',
        closed: 'This chat is closed.',
      }[detail.owner] ?? 'You can read this chat but not reply.';
    }
    const key = JSON.stringify([this.id, locked, state.canned.map((c) => c.id)]);
    if (key === this.composerKey) return;
    this.composerKey = key;

    if (locked) {
      fill(this.composer, h('div', { class: 'composer composer-locked' }, h('p', null, locked)));
      return;
    }
    fill(this.composer, this.buildComposer(detail, queued));
  }

  buildComposer(detail, queued) {
    const { state } = this.ctx;
    const id = this.id;
    const draft = state.drafts.get(id) ?? { text: '', note: false };
    const inputId = uid('reply');
    const hintId = uid('hint');
    const customer = customerName(queued?.customerName);
    const channel = channelLabel(detail.channelId ?? queued?.channelId) || 'chat';

    const label = h('label', { class: 'composer-label', for: inputId });
    const input = h('textarea', { id: inputId, class: 'composer-input', rows: '2', dataset: { testid: 'reply-input' }, 'aria-describedby': hintId });
    input.value = draft.text;
    const toggle = h('button', { type: 'button', class: 'note-toggle', dataset: { testid: 'note-toggle' }, 'aria-pressed': 'false', title: 'Write an internal note instead of a reply' },
      h('span', { class: 'note-toggle-box', 'aria-hidden': 'true' }), 'Internal note');
    const send = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'send-button' } });
    const picker = h('select', { class: 'canned', dataset: { testid: 'canned-picker' }, 'aria-label': 'Insert a canned response', disabled: state.canned.length === 0 },
      h('option', { value: '' }, state.canned.length ? 'Canned responses…' : 'No canned responses'),
      state.canned.map((c) => h('option', { value: String(c.id) }, c.title || String(c.text ?? '').slice(0, 40))));
    const form = h('form', { class: 'composer', 'aria-label': 'Reply' });

    const setMode = (note) => {
      draft.note = note;
      form.classList.toggle('is-note', note);
      toggle.setAttribute('aria-pressed', String(note));
      label.textContent = note ? `${noteLabel}` : `Reply to ${customer} · ${channel}`;
      input.placeholder = note ? 'Write a note for your team. The customer never sees it.' : `Write to ${customer}…`;
      send.textContent = note ? 'Add note' : 'Send';
    };
    const save = () => {
      draft.text = input.value;
      state.drafts.set(id, draft);
    };

    toggle.addEventListener('click', () => { setMode(!draft.note); save(); input.focus(); });
    picker.addEventListener('change', () => {
      const chosen = state.canned.find((c) => String(c.id) === picker.value);
      picker.value = '';
      if (!chosen) return;
      const text = String(chosen.text ?? '');
      const start = input.selectionStart ?? input.value.length;
      const end = input.selectionEnd ?? input.value.length;
      input.setRangeText(text, start, end, 'end');
      save();
      input.focus();
    });
    input.addEventListener('input', () => {
      save();
      if (!draft.note && input.value.trim()) this.ctx.typing(id);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (!text || form.dataset.busy) {
        input.focus();
        return;
      }
      form.dataset.busy = 'true';
      send.disabled = true;
      const note = draft.note;
      try {
        const ok = await (note ? this.ctx.note(id, text) : this.ctx.send(id, text));
        if (ok && this.id === id) {
          input.value = '';
          save();
        }
      } finally {
        delete form.dataset.busy;
        send.disabled = false;
        if (this.id === id) input.focus();
      }
    });

    setMode(draft.note);
    return fill(form,
      h('div', { class: 'composer-head' }, label, toggle),
      input,
      h('div', { class: 'composer-bar' },
        picker,
        h('span', { class: 'composer-hint', id: hintId }, 'Enter to send · Shift+Enter for a new line'),
        send));
  }
}
