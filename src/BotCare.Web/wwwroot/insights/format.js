// How the dashboard writes numbers: plain, rounded, the same everywhere (tests read them back).

export const percent = (rate) => (rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`);

export const hours = (value) => {
  if (value === null || value === undefined) return '—';
  if (value < 1) return `${Math.round(value * 60)} min`;
  if (value < 48) return `${value.toFixed(1)} h`;
  return `${(value / 24).toFixed(1)} d`;
};

export const score = (value) => (value === null || value === undefined ? '—' : value.toFixed(1));

export const count = (value) => new Intl.NumberFormat('en').format(value);

export const money = (amount, currency) => {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
};

/** "2026-W49" → "W49", short enough for an axis. */
export const weekLabel = (week) => week.replace(/^\d{4}-/, '');

/** "CustomerAsked" → "Customer asked". */
export const words = (name) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
  .replace(/ ([A-Z])(?=[a-z])/g, (m, c) => ` ${c.toLowerCase()}`);

export const isoDate = (date) => date.toISOString().slice(0, 10);

export const longDate = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
