// The dashboard's charts on Chart.js (loaded as a classic script: window.Chart). One chart per canvas, replaced
// whenever the period changes; an empty chart is hidden behind its card's "No data" line instead of drawn blank.
import * as palette from './palette.js';
import { money, score, weekLabel, words } from './format.js';

const charts = new Map();

export function setDefaults() {
  const { Chart } = window;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", sans-serif';
  Chart.defaults.font.size = 12;
  Chart.defaults.color = palette.text;
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;
  Chart.defaults.plugins.legend.labels.boxHeight = 12;
  Chart.defaults.plugins.tooltip.padding = 10;
}

function draw(id, hasData, config) {
  charts.get(id)?.destroy();
  charts.delete(id);
  const canvas = document.getElementById(`${id}-chart`);
  canvas.parentElement.hidden = !hasData;
  document.getElementById(`${id}-empty`).hidden = hasData;
  if (hasData) charts.set(id, new window.Chart(canvas, config));
}

const axes = (stacked, yTitle) => ({
  x: { stacked, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true } },
  y: { stacked, beginAtZero: true, grid: { color: palette.grid }, ticks: { precision: 0 }, title: { display: Boolean(yTitle), text: yTitle } },
});

export function problems(report) {
  const groups = report.problems.byCategory;
  draw('problems', report.problems.issues > 0, {
    type: 'bar',
    data: {
      labels: report.weeks.map(weekLabel),
      datasets: groups.map((g, i) => ({
        label: g.label, data: g.perWeek, backgroundColor: palette.categoryColour(g.label, i), borderRadius: 3, maxBarThickness: 42,
      })),
    },
    options: { scales: axes(true, 'Issues'), plugins: { legend: { position: 'top', align: 'end' } } },
  });
}

export function csatDistribution(report) {
  const { csat } = report;
  draw('csat-distribution', csat.responses > 0, {
    type: 'bar',
    data: {
      labels: ['1', '2', '3', '4', '5'],
      datasets: [{ label: 'Answers', data: csat.distribution, backgroundColor: palette.scoreColours, borderRadius: 4, maxBarThickness: 48 }],
    },
    options: { scales: axes(false, 'Answers'), plugins: { legend: { display: false } } },
  });
}

export function csatTrend(report) {
  const { trend } = report.csat;
  draw('csat-trend', report.csat.responses > 0, {
    type: 'line',
    data: {
      labels: trend.map((t) => weekLabel(t.week)),
      datasets: [{
        label: 'Average CSAT', data: trend.map((t) => t.average), borderColor: palette.accent, backgroundColor: 'rgba(59, 111, 216, 0.12)',
        fill: true, tension: 0.3, spanGaps: true, pointRadius: 3, pointBackgroundColor: palette.accent,
      }],
    },
    options: {
      scales: { ...axes(false), y: { min: 1, max: 5, grid: { color: palette.grid }, ticks: { stepSize: 1 } } },
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => `Average ${score(c.parsed.y)} (${trend[c.dataIndex].responses} answers)` } } },
    },
  });
}

export function escalations(report) {
  const reasons = report.escalations.reasons;
  draw('escalations', reasons.length > 0, {
    type: 'bar',
    data: {
      labels: reasons.map((r) => words(r.name)),
      datasets: [{ label: 'Cases', data: reasons.map((r) => r.count), backgroundColor: palette.escalation, borderRadius: 4, maxBarThickness: 22 }],
    },
    options: {
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, grid: { color: palette.grid }, ticks: { precision: 0 } }, y: { grid: { display: false } } },
      plugins: { legend: { display: false } },
    },
  });
}

export function costs(report) {
  const lines = report.remedyCosts.filter((l) => l.amounts.length > 0);
  const currencies = [...new Set(lines.flatMap((l) => l.amounts.map((a) => a.currency)))];
  draw('costs', lines.length > 0, {
    type: 'bar',
    data: {
      labels: lines.map((l) => words(l.type)),
      datasets: currencies.map((currency, i) => ({
        label: currency,
        data: lines.map((l) => l.amounts.find((a) => a.currency === currency)?.amount ?? 0),
        backgroundColor: palette.series[i % palette.series.length],
        borderRadius: 4,
        maxBarThickness: 42,
      })),
    },
    options: {
      scales: { ...axes(false), y: { beginAtZero: true, grid: { color: palette.grid }, ticks: { callback: (v) => money(v, currencies[0]) } } },
      plugins: {
        legend: { display: currencies.length > 1, position: 'top', align: 'end' },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${money(c.parsed.y, c.dataset.label)}` } },
      },
    },
  });
}

export function commitments(report) {
  const c = report.commitments;
  const parts = [
    ['Kept on time', c.keptOnTime, '#2f9e5b'], ['Kept late', c.keptLate, '#e8c33a'], ['Broken', c.broken, '#d64545'],
    ['Overdue', c.openOverdue, '#ee8a3c'], ['Not yet due', c.openOnTrack, '#b8c2cf'],
  ];
  draw('commitments', parts.some(([, n]) => n > 0), {
    type: 'doughnut',
    data: {
      labels: parts.map(([label]) => label),
      datasets: [{ data: parts.map(([, n]) => n), backgroundColor: parts.map(([, , colour]) => colour), borderWidth: 2, borderColor: '#fff' }],
    },
    options: { cutout: '62%', plugins: { legend: { position: 'right' } } },
  });
}
