// Small pieces several panes share: badges, the anger meter, the live wait time.

import { h } from './dom.js';
import { angerLevel, angerText, channelLabel, clamp01, duration, humanize, reasonLabel } from './format.js';

export function channelBadge(channelId) {
  const id = String(channelId ?? '').toLowerCase();
  const known = ['directline', 'webchat', 'msteams', 'slack'].includes(id) ? id : 'other';
  return h('span', { class: `badge badge-channel channel-${known}`, title: `Channel: ${channelLabel(channelId) || 'unknown'}` }, channelLabel(channelId) || 'Unknown channel');
}

export function reasonChip(reason) {
  if (!reason) return null;
  const key = String(reason).charAt(0).toLowerCase() + String(reason).slice(1);
  return h('span', { class: ['chip', 'chip-reason', `reason-${key.replace(/[^A-Za-z]/g, '')}`] }, reasonLabel(reason));
}

export function skillChip(skill) {
  return skill ? h('span', { class: 'chip chip-skill', title: 'Skill' }, humanize(skill)) : null;
}

/** A 0..1 bar coloured by level, read out as "Anger: High (82%)". */
export function angerMeter(anger, { wide = false, short = false } = {}) {
  const known = Number.isFinite(Number(anger)) && anger !== null && anger !== '';
  const value = clamp01(anger);
  const fill = h('span', { class: 'meter-fill' });
  fill.style.width = `${Math.round(value * 100)}%`;
  return h('span', {
    class: ['meter', `anger-${known ? angerLevel(value) : 'unknown'}`, wide ? 'meter-wide' : null],
    role: 'meter',
    'aria-label': 'Anger',
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    'aria-valuenow': String(Math.round(value * 100)),
    'aria-valuetext': known ? angerText(value) : 'Not measured',
    title: `Anger: ${known ? angerText(value) : 'not measured'}`,
  }, h('span', { class: 'meter-track' }, fill),
  wide ? h('span', { class: 'meter-label', 'aria-hidden': 'true' }, known ? (short ? `${Math.round(value * 100)}%` : angerText(value)) : 'Not measured') : null);
}

/**
 * A wait time that keeps counting: the server's seconds plus the time since they were read (the browser's own
 * clock is never compared with the server's). The console's ticker calls tickWaits() every second.
 */
export function waitTime(seconds, fetchedAt, { live = true, prefix = '' } = {}) {
  const el = h('span', { class: 'wait', title: live ? 'Time waiting' : 'Time waited before an agent joined' });
  el.dataset.seconds = String(Number(seconds) || 0);
  el.dataset.base = String(fetchedAt);
  el.dataset.prefix = prefix;
  if (live) el.dataset.live = '';
  renderWait(el, performance.now());
  return el;
}

function renderWait(el, now) {
  const elapsed = 'live' in el.dataset ? (now - Number(el.dataset.base)) / 1000 : 0;
  const seconds = Number(el.dataset.seconds) + Math.max(0, elapsed);
  const text = `${el.dataset.prefix}${duration(seconds)}`;
  if (el.textContent !== text) el.textContent = text;
  el.classList.toggle('wait-long', 'live' in el.dataset && seconds >= 300);
}

export function tickWaits(root = document) {
  const now = performance.now();
  for (const el of root.querySelectorAll('.wait[data-live]')) renderWait(el, now);
}

export function statusPill(text, kind) {
  return h('span', { class: ['pill', `pill-${kind}`] }, text);
}
