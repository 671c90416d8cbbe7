// Promises in words, shared by the promises view and the chat's case panel: who keeps one, when it is due (counting
// from the server's own figure, so the browser's clock is never compared with the server's), and what state it is in.

import { h } from './dom.js';
import { dateTime } from './format.js';

const kinds = { promise: 'Promise', callback: 'Callback', followUp: 'Follow-up' };
export const kindLabel = (kind) => kinds[kind] ?? 'Promise';

const states = {
  open: 'Open',
  atRisk: 'Due soon',
  overdue: 'Overdue',
  kept: 'Kept',
  broken: 'Broken',
  cancelled: 'Cancelled',
};

/** open, atRisk, overdue for open ones; kept, broken, cancelled once completed. */
export function stateOf(item) {
  if (item?.status && item.status !== 'open') return item.status;
  if (item?.overdue) return 'overdue';
  return item?.atRisk ? 'atRisk' : 'open';
}

export function statePill(item) {
  const state = stateOf(item);
  return h('span', { class: ['pill', 'pill-small', `promise-${state}`], dataset: { testid: 'promise-status' } }, states[state] ?? state);
}

const isTeam = (owner, team) => owner === 'team' || (team && owner === team);

/** "You", "Team", "Bot" or the agent's name; the team's full name is the title. */
export function ownerText(owner, { me, team, agentName }) {
  if (!owner || owner === 'bot') return 'Bot';
  if (me && owner === me.id) return 'You';
  if (isTeam(owner, team)) return 'Team';
  return agentName(owner) || owner;
}

/** Whether this console may mark it kept, broken or cancelled (the server checks again). */
export function mayComplete(item, { me, seesAll, team }) {
  if (!item || item.status !== 'open') return false;
  return Boolean(seesAll || (me && item.owner === me.id) || item.owner === 'bot' || isTeam(item.owner, team));
}

/** 45 s -> "under a minute", 2700 -> "45 min", 9000 -> "2 h 30 min", 200000 -> "2 days". */
export function span(seconds) {
  const s = Math.abs(Math.round(Number(seconds) || 0));
  if (s < 60) return 'under a minute';
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 48 * 3600) {
    const minutes = Math.floor((s % 3600) / 60);
    return `${Math.floor(s / 3600)} h${minutes ? ` ${minutes} min` : ''}`;
  }
  return `${Math.floor(s / 86400)} days`;
}

function renderDue(el, now) {
  const seconds = Number(el.dataset.seconds) - (now - Number(el.dataset.base)) / 1000;
  const text = seconds > 0 ? `in ${span(seconds)}` : `${span(seconds)} overdue`;
  if (el.textContent !== text) el.textContent = text;
  el.classList.toggle('due-overdue', seconds <= 0);
}

/**
 * "in 45 min" over "Dec 8, 15:00": relative for a glance, absolute for certainty. Open ones keep counting; the
 * console's ticker calls tickDues().
 */
export function dueCell(item, fetchedAt) {
  const relative = h('span', { class: 'due-relative' });
  if (item.status === 'open') {
    relative.dataset.seconds = String(Number(item.dueInSeconds) || 0);
    relative.dataset.base = String(fetchedAt);
    relative.dataset.live = '';
    renderDue(relative, performance.now());
  } else {
    relative.textContent = item.completedAt ? `${states[item.status] ?? item.status} ${dateTime(item.completedAt)}` : '';
  }
  return h('span', { class: 'due' }, relative, h('time', { class: 'due-absolute', datetime: item.dueAt ?? '' }, dateTime(item.dueAt)));
}

export function tickDues(root = document) {
  const now = performance.now();
  for (const el of root.querySelectorAll('.due-relative[data-live]')) renderDue(el, now);
}
