// The insights dashboard: reads the period from the address (or the last 12 weeks), fetches the figures and draws
// them. Every number comes from /api/insights, which computes it from the stored cases.
import * as charts from './charts.js';
import * as panels from './panels.js';
import { isoDate, longDate, count } from './format.js';

const byId = (id) => document.getElementById(id);

function initialPeriod() {
  const query = new URLSearchParams(window.location.search);
  return { from: query.get('from') ?? '', to: query.get('to') ?? '' };
}

function weeksBack(weeks) {
  const to = new Date();
  const from = new Date(to);
  from.setUTCDate(from.getUTCDate() + 1 - 7 * weeks);
  return { from: isoDate(from), to: isoDate(to) };
}

function showError(message) {
  const banner = byId('error');
  banner.textContent = message;
  banner.hidden = !message;
}

function markPreset(report) {
  const days = (Date.parse(report.to) - Date.parse(report.from)) / 86400000 + 1;
  const today = isoDate(new Date());
  for (const button of document.querySelectorAll('.preset')) {
    button.setAttribute('aria-pressed', String(report.to === today && days === Number(button.dataset.weeks) * 7));
  }
}

function render(report) {
  byId('from').value = report.from;
  byId('to').value = report.to;
  byId('period-text').textContent = `${longDate(report.from)} – ${longDate(report.to)} · ${count(report.cases)} cases · ${report.weeks.length} weeks`;
  const range = new URLSearchParams({ from: report.from, to: report.to });
  byId('csv-link').href = `/api/insights/cases.csv?${range}`;
  window.history.replaceState(null, '', `/insights?${range}`);
  markPreset(report);
  byId('empty').hidden = report.cases > 0;
  panels.tiles(report);
  charts.problems(report);
  charts.csatDistribution(report);
  charts.csatTrend(report);
  charts.escalations(report);
  charts.costs(report);
  charts.commitments(report);
  panels.topTable('products', report.problems.byProduct);
  panels.topTable('root-causes', report.problems.byRootCause);
  panels.ideas(report);
}

async function load(period) {
  const dashboard = byId('dashboard');
  dashboard.setAttribute('aria-busy', 'true');
  document.body.dataset.state = 'loading';
  const query = new URLSearchParams();
  if (period.from) query.set('from', period.from);
  if (period.to) query.set('to', period.to);
  try {
    const response = await fetch(`/api/insights?${query}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) {
      window.location.assign('/agent/signin');
      return;
    }

    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      showError(problem.detail ?? `The figures could not be loaded (${response.status}).`);
      document.body.dataset.state = 'error';
      return;
    }

    showError('');
    render(await response.json());
    document.body.dataset.state = 'ready';
  } catch {
    showError('The figures could not be loaded: is BotCare running? Try again in a moment.');
    document.body.dataset.state = 'error';
  } finally {
    dashboard.setAttribute('aria-busy', 'false');
  }
}

function start() {
  charts.setDefaults();
  byId('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    load({ from: byId('from').value, to: byId('to').value });
  });
  for (const button of document.querySelectorAll('.preset')) {
    button.addEventListener('click', () => load(weeksBack(Number(button.dataset.weeks))));
  }

  load(initialPeriod());
}

start();
