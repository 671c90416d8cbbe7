// The chat's promises in the case panel, as the ledger has them (the bot's and agents'), with Kept / Broken / Cancel,
// and the "Add promise" form for the agent holding the chat (or a supervisor). The form is built once per chat, so a
// half-typed promise survives the live refreshes.

import { fill, h, uid } from './dom.js';
import { list } from './format.js';
import { completeButtons } from './promises-view.js';
import { dueCell, kindLabel, mayComplete, ownerText, statePill } from './promise-format.js';

/** A datetime-local value ("2026-12-08T15:00") for a Date, in the browser's own time zone. */
function localValue(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export class CasePromises {
  /** @param ctx {{ state, agentName(id), add(conversationId, body), complete(item, status) }} */
  constructor(ctx) {
    this.ctx = ctx;
    this.slot = h('div');
    this.formKey = null;
  }

  open(id) {
    this.id = id;
    this.formKey = null;
    this.listSlot = h('div', { dataset: { testid: 'case-promises' } });
    this.formSlot = h('div');
    fill(this.slot, h('section', { class: 'panel panel-promises' },
      h('h2', { class: 'panel-heading' }, 'Promises'), this.listSlot, this.formSlot));
    return this.slot;
  }

  clear() {
    fill(this.slot);
  }

  render(detail) {
    const { state, agentName } = this.ctx;
    const items = list(detail.commitments);
    const who = { me: state.me, team: state.team, agentName, seesAll: state.seesAll };
    const fetchedAt = performance.now();
    fill(this.listSlot, items.length
      ? h('ul', { class: 'rows' }, items.map((item) => h('li', { class: 'row row-promise', dataset: { testid: 'case-promise', id: item.id } },
        h('div', { class: 'row-promise-main' },
          h('span', { class: 'row-title' }, item.what || 'A promise'),
          h('span', { class: 'muted small block' }, `${kindLabel(item.kind)} · ${ownerText(item.owner, who)}`, ' · ', dueCell(item, fetchedAt)),
          completeButtons(item, mayComplete(item, who), (status) => this.ctx.complete(item, status))),
        statePill(item))))
      : h('p', { class: 'muted small' }, 'No promises made in this chat yet.'));

    const mayAdd = Boolean(state.seesAll || (detail.owner === 'agent' && detail.agentId && detail.agentId === state.me?.id));
    const others = state.agents.filter((a) => a.id !== state.me?.id);
    const key = JSON.stringify([this.id, mayAdd, others.map((a) => [a.id, a.displayName])]);
    if (key === this.formKey) return;
    this.formKey = key;
    fill(this.formSlot, mayAdd ? this.form(others) : h('p', { class: 'muted small promise-hint' }, 'Claim the chat to add a promise.'));
  }

  form(others) {
    const whatId = uid('what');
    const dueId = uid('due');
    const ownerId = uid('owner');
    const kindId = uid('kind');
    const hint = h('p', { class: 'field-error', id: uid('hint'), hidden: true });
    const what = h('input', { type: 'text', id: whatId, class: 'promise-input', maxlength: '500', required: true, dataset: { testid: 'promise-what' }, placeholder: 'e.g. I will email you the courier\'s tracking number today', 'aria-describedby': hint.id });
    const due = h('input', { type: 'datetime-local', id: dueId, required: true, dataset: { testid: 'promise-due' }, 'aria-describedby': hint.id });
    const soon = new Date(Date.now() + 2 * 3600 * 1000);
    due.value = localValue(soon);
    due.min = localValue(new Date());
    const owner = h('select', { id: ownerId, dataset: { testid: 'promise-owner' } },
      h('option', { value: '' }, 'Me'),
      h('option', { value: 'team' }, 'The team'),
      others.map((a) => h('option', { value: a.id }, a.displayName || a.id)));
    const kind = h('select', { id: kindId, dataset: { testid: 'promise-kind' } },
      h('option', { value: 'promise' }, 'Promise'),
      h('option', { value: 'callback' }, 'Callback'));
    const submit = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'promise-add' } }, 'Add promise');
    const invalid = (field, message) => {
      hint.textContent = message;
      hint.hidden = false;
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    };
    const form = h('form', { class: 'promise-form', novalidate: true, 'aria-label': 'Add a promise' },
      h('label', { class: 'field-label', for: whatId }, 'Add promise — what you told the customer'),
      what,
      h('div', { class: 'promise-fields' },
        h('div', { class: 'promise-due' }, h('label', { class: 'field-label', for: dueId }, 'Due'), due),
        h('div', null, h('label', { class: 'field-label', for: ownerId }, 'Who keeps it'), owner),
        h('div', null, h('label', { class: 'field-label', for: kindId }, 'Kind'), kind)),
      hint,
      h('div', { class: 'inline inline-end' }, submit));
    for (const field of [what, due]) {
      field.addEventListener('input', () => { hint.hidden = true; field.removeAttribute('aria-invalid'); });
    }
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (submit.disabled) return;
      const text = what.value.trim();
      if (!text) return invalid(what, 'Say what was promised, in the words the customer heard.');
      const when = new Date(due.value);
      if (Number.isNaN(when.getTime())) return invalid(due, 'Choose when it is due.');
      if (when.getTime() <= Date.now()) return invalid(due, 'A promise is due later than now.');
      submit.disabled = true;
      submit.textContent = 'Adding…';
      try {
        const added = await this.ctx.add(this.id, { what: text, dueAt: when.toISOString(), owner: owner.value || undefined, kind: kind.value });
        if (added) {
          what.value = '';
          what.focus();
        }
      } finally {
        submit.disabled = false;
        submit.textContent = 'Add promise';
      }
    });
    return form;
  }
}
