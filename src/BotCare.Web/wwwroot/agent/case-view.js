// The right column: the case as the bot recorded it, its promises as the ledger has them, the remedy policy's limits beside the agent's own approval
// authority, and what the agent can do with the chat (transfer, hand back, close). The action forms are built once
// per chat and kept across refreshes, so a half-written summary survives a live update.

import { emptyState, fill, h, uid } from './dom.js';
import { clamp01, dateTime, humanize, list, money, outcomes, presenceLabel, remedyText } from './format.js';
import { statusPill } from './widgets.js';
import { CasePromises } from './case-promises.js';

const section = (title, ...children) => h('section', { class: 'panel' }, h('h2', { class: 'panel-heading' }, title), ...children);

function responsePill(response) {
  const value = String(response ?? 'pending').toLowerCase();
  const kind = { agreed: 'good', accepted: 'good', declined: 'bad', refused: 'bad' }[value] ?? 'neutral';
  return h('span', { class: ['pill', 'pill-small', `pill-${kind}`] }, humanize(value));
}

export class CaseView {
  /**
   * @param ctx {{ state, transfer(id, to), handBack(id, summary), close(id, outcome, text), agentName(id),
   *   addPromise(id, body), completePromise(item, status) }}
   */
  constructor(pane, ctx) {
    this.pane = pane;
    this.ctx = ctx;
    this.promises = new CasePromises({ state: ctx.state, agentName: ctx.agentName, add: ctx.addPromise, complete: ctx.completePromise });
    this.id = null;
    this.actionsKey = null;
  }

  showEmpty() {
    this.id = null;
    this.actionsKey = null;
    fill(this.pane, emptyState('No chat open', 'The case, the remedy policy and what you can do next show here.'));
  }

  open(id) {
    this.id = id;
    this.actionsKey = null;
    this.caseSlot = h('div', { class: 'case-slot' }, h('p', { class: 'muted pad' }, 'Loading the case…'));
    this.limitsSlot = h('div');
    this.actionsSlot = h('div');
    fill(this.pane, this.caseSlot, this.promises.open(id), this.limitsSlot, this.actionsSlot);
  }

  failed() {
    fill(this.caseSlot, emptyState('Case not available', 'Open the chat again, or pick another one.'));
    this.promises.clear();
    fill(this.limitsSlot);
    fill(this.actionsSlot);
  }

  render(detail) {
    if (detail.conversationId && detail.conversationId !== this.id) return;
    const currency = detail.policy?.currency ?? detail.authority?.currency;
    fill(this.caseSlot, this.caseSection(detail.case, currency));
    this.promises.render(detail);
    fill(this.limitsSlot, this.limitsSection(detail));
    this.renderActions(detail);
  }

  // -- case --------------------------------------------------------------------------------------------------

  caseSection(c, currency) {
    if (!c) return section('Case', emptyState('No case on file', 'The bot did not open a case for this chat.'));
    const fact = (label, ...value) => [h('dt', null, label), h('dd', null, ...value)];
    const none = (text) => h('span', { class: 'muted' }, text);

    const asked = c.remedyRequested;
    const askedText = asked ? remedyText(asked, currency) : '';
    const agreement = c.agreement && (c.agreement.remedy || c.agreement.agreedAt) ? c.agreement : null;
    const sentiment = c.sentiment;
    const pct = (v) => (v === null || v === undefined || !Number.isFinite(Number(v)) ? '–' : `${Math.round(clamp01(v) * 100)}%`);

    const issues = list(c.issues);
    const offers = list(c.offers);

    return h('section', { class: 'panel' },
      h('h2', { class: 'panel-heading' }, 'Case', c.id ? h('span', { class: 'mono case-id', title: c.id }, c.id) : null, c.status ? statusPill(humanize(c.status), `case-${String(c.status).toLowerCase()}`) : null),
      h('dl', { class: 'facts' },
        fact('Order', c.orderNumber ? h('span', { class: 'mono' }, c.orderNumber) : none('Not given')),
        fact('Remedy asked', askedText || none('Nothing specific'),
          asked?.customerWords ? h('q', { class: 'words' }, asked.customerWords) : null),
        fact('Agreement', agreement
          ? [h('span', { class: 'agreed' }, remedyText(agreement.remedy, currency) || 'Agreed'), agreement.agreedAt ? h('span', { class: 'muted small' }, ` · ${dateTime(agreement.agreedAt)}`) : null]
          : none('None yet')),
        sentiment ? fact('Sentiment', `${pct(sentiment.start)} → ${pct(sentiment.end)}`, sentiment.trend ? h('span', { class: ['trend', `trend-${String(sentiment.trend).toLowerCase()}`] }, humanize(sentiment.trend)) : null) : null),
      h('h3', { class: 'sub-heading' }, 'Issues'),
      issues.length
        ? h('ul', { class: 'rows' }, issues.map((issue) => h('li', { class: 'row' },
          issue.category ? h('span', { class: 'chip chip-category' }, humanize(issue.category)) : null,
          h('span', null, issue.description || 'No description'))))
        : h('p', { class: 'muted small' }, 'None recorded.'),
      h('h3', { class: 'sub-heading' }, 'Offers'),
      offers.length
        ? h('ul', { class: 'rows' }, offers.map((offer) => h('li', { class: 'row row-split' },
          h('span', null, h('span', { class: 'row-title' }, remedyText(offer.remedy, currency) || 'An offer'), offer.kind ? h('span', { class: 'muted small' }, ` · ${humanize(offer.kind)}`) : null),
          responsePill(offer.response))))
        : h('p', { class: 'muted small' }, 'Nothing offered yet.'));
  }

  // -- limits ------------------------------------------------------------------------------------------------

  limitsSection(detail) {
    const policy = detail.policy ?? {};
    const authority = detail.authority ?? {};
    const currency = policy.currency ?? authority.currency;
    const limit = money(authority.approvalLimit, authority.currency ?? currency);
    const row = (label, value, strong) => (value ? [h('dt', null, label), h('dd', { class: strong ? 'strong' : null }, value)] : null);
    const botAbove = [
      ['refunds', policy.botRefundAbove],
      ['credit', policy.botCreditAbove],
      ['replacements', policy.botReplacementAbove],
    ].map(([what, amount]) => (money(amount, currency) ? `${what} over ${money(amount, currency)}` : null)).filter(Boolean);

    const asked = Number(detail.case?.remedyRequested?.amount?.amount ?? detail.case?.remedyRequested?.amount);
    const warnings = [];
    if (Number.isFinite(asked) && asked > 0) {
      const type = String(detail.case?.remedyRequested?.type ?? '').toLowerCase();
      const max = type === 'credit' ? policy.creditMax : type === 'refund' ? policy.refundMax : null;
      if (Number.isFinite(Number(max)) && asked > Number(max)) {
        warnings.push(`The customer asks for ${money(asked, currency)}, more than the policy allows (${money(max, currency)}).`);
      } else if (Number.isFinite(Number(authority.approvalLimit)) && asked > Number(authority.approvalLimit)) {
        warnings.push(`The customer asks for ${money(asked, currency)}, above your approval limit: a supervisor approves it.`);
      }
    }

    if (!limit && !money(policy.refundMax, currency) && !money(policy.creditMax, currency) && botAbove.length === 0) {
      return section('Limits', h('p', { class: 'muted small' }, 'No remedy policy was sent for this chat.'));
    }
    const tile = (label, value, kind, title) => (value ? h('div', { class: ['tile', kind ? `tile-${kind}` : null], title }, h('dt', null, label), h('dd', null, value)) : null);
    return h('section', { class: 'panel panel-limits' },
      h('h2', { class: 'panel-heading' }, 'Limits'),
      h('dl', { class: 'tiles' },
        tile('Your limit', limit, 'mine', 'The most you may refund or credit without a supervisor'),
        tile('Refund limit', money(policy.refundMax, currency), null, 'The largest refund the remedy policy allows'),
        tile('Credit limit', money(policy.creditMax, currency), null, 'The largest store credit the remedy policy allows')),
      botAbove.length ? h('p', { class: 'limit-bot' }, `The bot hands over ${botAbove.join(', ')}.`) : null,
      warnings.map((text) => h('p', { class: 'limit-warning', role: 'note' }, text)));
  }

  // -- actions -----------------------------------------------------------------------------------------------

  renderActions(detail) {
    const { state } = this.ctx;
    const mine = Boolean(detail.owner === 'agent' && detail.agentId && detail.agentId === state.me?.id);
    const others = state.agents.filter((a) => a.id !== state.me?.id);
    const key = JSON.stringify([this.id, mine, others.map((a) => [a.id, a.displayName, a.presence, a.holding, a.capacity])]);
    if (key === this.actionsKey) return;

    // Keep what the agent already typed or picked when the form is rebuilt for a new list of agents.
    const kept = {
      to: this.actionsSlot.querySelector('[data-testid="transfer-select"]')?.value,
      summary: this.actionsSlot.querySelector('[data-testid="handback-summary"]')?.value,
      outcome: this.actionsSlot.querySelector('[data-testid="close-outcome"]')?.value,
      text: this.actionsSlot.querySelector('.close-text')?.value,
    };
    // Only while it is still the same chat in the same hands: once the agent no longer holds it (handed back,
    // transferred, closed), what they had typed is spent, and a disabled form must not show it as if pending.
    const [keptId, keptMine] = this.actionsKey ? JSON.parse(this.actionsKey) : [];
    const sameChat = keptId === this.id && keptMine === mine;
    this.actionsKey = key;
    fill(this.actionsSlot, this.actionsSection(mine, others, sameChat ? kept : {}, detail));
  }

  actionsSection(mine, others, kept, detail) {
    const id = this.id;
    const disabled = !mine;
    const busy = (button, text, run) => async () => {
      if (button.disabled) return;
      const label = button.textContent;
      button.disabled = true;
      button.textContent = text;
      try {
        await run();
      } finally {
        button.disabled = disabled;
        button.textContent = label;
      }
    };
    const invalid = (field, message, hint) => {
      hint.textContent = message;
      hint.hidden = false;
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    };
    const clear = (field, hint) => {
      hint.hidden = true;
      field.removeAttribute('aria-invalid');
    };

    // Transfer
    const toId = uid('transfer');
    const toHint = h('p', { class: 'field-error', id: uid('hint'), hidden: true });
    const order = { online: 0, away: 1, offline: 2 };
    const sorted = [...others].sort((a, b) => (order[a.presence] ?? 3) - (order[b.presence] ?? 3) || String(a.displayName).localeCompare(String(b.displayName)));
    const to = h('select', { id: toId, dataset: { testid: 'transfer-select' }, disabled: disabled || sorted.length === 0, 'aria-describedby': toHint.id },
      h('option', { value: '' }, sorted.length ? 'Choose an agent…' : 'No other agents'),
      sorted.map((a) => h('option', { value: a.id },
        `${a.displayName || a.id} — ${presenceLabel(a.presence) || 'Unknown'}${Number.isFinite(Number(a.holding)) ? `, ${a.holding}/${a.capacity ?? '?'} chats` : ''}${list(a.skills).length ? ` · ${list(a.skills).map(humanize).join(', ')}` : ''}`)));
    if (kept.to) to.value = kept.to;
    to.addEventListener('change', () => clear(to, toHint));
    const transferButton = h('button', { type: 'button', class: 'btn', dataset: { testid: 'transfer-button' }, disabled: disabled || sorted.length === 0 }, 'Transfer');
    transferButton.addEventListener('click', busy(transferButton, 'Transferring…', async () => {
      if (!to.value) return invalid(to, 'Choose who takes the chat.', toHint);
      await this.ctx.transfer(id, to.value, this.ctx.agentName(to.value));
    }));

    // Hand back
    const summaryId = uid('summary');
    const summaryHint = h('p', { class: 'field-error', id: uid('hint'), hidden: true });
    const summary = h('textarea', { id: summaryId, rows: '2', dataset: { testid: 'handback-summary' }, disabled, placeholder: 'e.g. A replacement jug ships today by express.', 'aria-describedby': summaryHint.id });
    if (kept.summary) summary.value = kept.summary;
    summary.addEventListener('input', () => clear(summary, summaryHint));
    const handbackButton = h('button', { type: 'button', class: 'btn', dataset: { testid: 'handback-button' }, disabled }, 'Hand back to bot');
    handbackButton.addEventListener('click', busy(handbackButton, 'Handing back…', async () => {
      const text = summary.value.trim();
      if (!text) return invalid(summary, 'Say in a line what was agreed: the bot tells the customer, and it goes on the record.', summaryHint);
      if (await this.ctx.handBack(id, text)) summary.value = '';
    }));

    // Close
    const outcomeId = uid('outcome');
    const outcomeHint = h('p', { class: 'field-error', id: uid('hint'), hidden: true });
    const outcome = h('select', { id: outcomeId, dataset: { testid: 'close-outcome' }, disabled, 'aria-describedby': outcomeHint.id },
      h('option', { value: '' }, 'Choose an outcome…'),
      outcomes.map((o) => h('option', { value: o.value }, o.label)));
    if (kept.outcome) outcome.value = kept.outcome;
    outcome.addEventListener('change', () => clear(outcome, outcomeHint));
    const closeTextId = uid('closetext');
    const closeText = h('textarea', { id: closeTextId, class: 'close-text', rows: '2', disabled, placeholder: 'Optional: anything the record should say' });
    if (kept.text) closeText.value = kept.text;
    const closeButton = h('button', { type: 'button', class: 'btn btn-danger', dataset: { testid: 'close-button' }, disabled }, 'Close chat');
    closeButton.addEventListener('click', busy(closeButton, 'Closing…', async () => {
      if (!outcome.value) return invalid(outcome, 'Choose how the chat ended.', outcomeHint);
      const label = outcomes.find((o) => o.value === outcome.value)?.label ?? outcome.value;
      if (await this.ctx.close(id, outcome.value, closeText.value.trim(), label)) closeText.value = '';
    }));

    const explain = {
      queued: 'Claim this chat to transfer, hand back or close it.',
      agent: `${this.ctx.agentName(detail.agentId) || 'Another agent'} holds this chat; only they can act on it.`,
      bot: 'The bot is handling this chat.',
      closed: 'This chat is closed.',
    }[detail.owner] ?? 'Only the agent holding this chat can act on it.';

    return h('section', { class: ['panel', 'panel-actions', disabled ? 'is-disabled' : null] },
      h('h2', { class: 'panel-heading' }, 'Actions'),
      disabled ? h('p', { class: 'muted small' }, explain) : null,
      h('div', { class: 'action' },
        h('label', { class: 'field-label', for: toId }, 'Transfer to another agent'),
        h('div', { class: 'inline' }, to, transferButton), toHint),
      h('div', { class: 'action' },
        h('label', { class: 'field-label', for: summaryId }, 'Hand back to the bot — what was agreed (the customer sees it)'),
        summary, summaryHint,
        h('div', { class: 'inline inline-end' }, handbackButton)),
      h('div', { class: 'action' },
        h('label', { class: 'field-label', for: outcomeId }, 'Close with outcome'),
        outcome, outcomeHint,
        h('label', { class: 'visually-hidden', for: closeTextId }, 'Closing note (optional)'),
        closeText,
        h('div', { class: 'inline inline-end' }, closeButton)));
  }
}
