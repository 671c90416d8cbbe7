// Turning the server's values (camelCase enums, seconds, amounts, ISO times) into words an agent reads at a glance.

/** "counterOfferRefused" -> "Counter offer refused": the fallback for any value without a label of its own. */
export function humanize(value) {
  if (value === null || value === undefined || value === '') return '';
  const words = String(value)
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const lookup = (table) => (value) => {
  if (value === null || value === undefined || value === '') return '';
  const key = String(value);
  return table[key] ?? table[key.charAt(0).toLowerCase() + key.slice(1)] ?? humanize(key);
};

export const channelLabel = lookup({ directline: 'Web chat', webchat: 'Web chat', msteams: 'Teams', slack: 'Slack', emulator: 'Emulator' });

export const reasonLabel = lookup({
  customerAsked: 'Asked for a person',
  angerRising: 'Anger rising',
  notUnderstood: "Bot didn't understand",
  counterOfferRefused: 'Refused counter-offer',
  needsApproval: 'Needs approval',
  generalUnhappiness: 'General unhappiness',
  suspectedAbuse: 'Review: possible abuse',
  cannotResolve: "Bot couldn't resolve",
});

export const ownerLabel = lookup({ bot: 'Bot', queued: 'Queue', agent: 'Agent', closed: 'Closed' });

export const outcomes = [
  { value: 'resolved', label: 'Resolved' },
  { value: 'unresolved', label: 'Unresolved' },
  { value: 'customerLeft', label: 'Customer left' },
  { value: 'duplicate', label: 'Duplicate' },
];

export const presenceLabel = lookup({ online: 'Online', away: 'Away', offline: 'Offline' });

/** 0..1 -> a level the styles colour: calm, tense, angry. */
export function angerLevel(anger) {
  const value = Number(anger);
  if (!Number.isFinite(value)) return 'unknown';
  if (value >= 0.7) return 'high';
  if (value >= 0.4) return 'medium';
  return 'low';
}

export function angerText(anger) {
  const value = Number(anger);
  if (!Number.isFinite(value)) return 'Not measured';
  const words = { high: 'High', medium: 'Tense', low: 'Calm' }[angerLevel(value)];
  return `${words} (${Math.round(Math.min(1, Math.max(0, value)) * 100)}%)`;
}

export const clamp01 = (value) => Math.min(1, Math.max(0, Number(value) || 0));

/** Seconds -> "45s", "3m 05s", "1h 12m". */
export function duration(seconds) {
  const s = Math.max(0, Math.floor(Number(seconds) || 0));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  const hours = Math.floor(s / 3600);
  return hours < 48 ? `${hours}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : `${Math.floor(hours / 24)}d`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function parseTime(value) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Today's times as "14:05", older ones with their date. */
export function clock(value) {
  const date = parseTime(value);
  if (!date) return '';
  return date.toDateString() === new Date().toDateString() ? timeFormat.format(date) : dateTimeFormat.format(date);
}

export function dateTime(value) {
  const date = parseTime(value);
  return date ? dateTimeFormat.format(date) : '';
}

/** An amount as a number, or as the server's Money ({amount, currency}); null when there is none. */
export function money(amount, currency) {
  let value = amount;
  let code = currency;
  if (value && typeof value === 'object') {
    code = value.currency ?? code;
    value = value.amount ?? value.value;
  }
  if (value === null || value === undefined || value === '' || !Number.isFinite(Number(value))) return null;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: code || 'USD', maximumFractionDigits: Number(value) % 1 === 0 ? 0 : 2 }).format(Number(value));
  } catch {
    return `${Number(value)} ${code ?? ''}`.trim();
  }
}

/**
 * A remedy in words: "Refund $40", "Replacement", or its description. Tolerates the shapes the server might send:
 * {type, amount, description}, {items:[{type, amount}]}, or a plain string.
 */
export function remedyText(remedy, currency) {
  if (!remedy) return '';
  if (typeof remedy === 'string') return remedy;
  if (Array.isArray(remedy.items)) {
    return remedy.items.map((item) => remedyText(item, currency)).filter(Boolean).join(' + ') || remedy.description || '';
  }
  if (remedy.description) return remedy.description;
  const type = remedy.type && remedy.type !== 'none' ? humanize(remedy.type) : '';
  const amount = money(remedy.amount, currency);
  return [type, amount].filter(Boolean).join(' ');
}

export function initials(name) {
  const parts = String(name ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const letters = parts.length === 1 ? parts[0].slice(0, 2) : parts[0][0] + parts[parts.length - 1][0];
  return letters.toUpperCase();
}

export const customerName = (name) => (name && String(name).trim()) || 'Customer';

export const list = (value) => (Array.isArray(value) ? value.filter((v) => v !== null && v !== undefined && v !== '') : []);
