// The dashboard's text parts: headline tiles, top tables and the avoidance ideas. Built from text nodes only.
import { count, hours, percent, score, words } from './format.js';
import { categoryColour } from './palette.js';

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function tile(id, label, value, sub, tone) {
  const node = el('article', `tile${tone ? ` tile-${tone}` : ''}`);
  node.dataset.testid = `tile-${id}`;
  node.append(el('p', 'tile-label', label), el('p', 'tile-value', value), el('p', 'tile-sub', sub));
  return node;
}

export function tiles(report) {
  const { csat, resolution, commitments, escalations } = report;
  const decided = commitments.keptOnTime + commitments.keptLate + commitments.broken + commitments.openOverdue;
  document.getElementById('tiles').replaceChildren(
    tile('cases', 'Cases', count(report.cases), `${count(report.problems.issues)} problems raised`),
    tile('containment', 'Bot containment', percent(report.containmentRate), `${count(report.contained)} cases without a person`, 'good'),
    tile('escalation', 'Escalation rate', percent(escalations.rate), `${count(escalations.escalated)} cases handed to a person`, 'bad'),
    tile('csat', 'Average CSAT', csat.average === null ? '—' : `${score(csat.average)} / 5`,
      `${count(csat.responses)} answers · ${percent(csat.responseRate)} response rate`),
    tile('resolution', 'Median resolution', hours(resolution.medianHours), `p90 ${hours(resolution.p90Hours)} · ${count(resolution.resolved)} resolved`),
    tile('commitments', 'Promises on time', percent(commitments.onTimeRate),
      `${count(commitments.keptOnTime)} of ${count(decided)} due · ${count(commitments.broken)} broken`),
    tile('recontact', 'Recontact rate', percent(report.recontactRate), `${count(report.recontacts)} came back`, 'warn'),
  );
}

export function topTable(id, groups, limit = 8) {
  const table = document.getElementById(`${id}-table`);
  const body = table.tBodies[0];
  const top = groups.slice(0, limit);
  const max = Math.max(1, ...top.map((g) => g.count));
  body.replaceChildren(...top.map((g) => {
    const row = el('tr');
    const bar = el('span', 'share-bar');
    bar.style.width = `${Math.round((g.count / max) * 100)}%`;
    const barCell = el('td', 'bar-col');
    barCell.append(bar);
    row.append(el('td', 'name', g.label), el('td', 'num', count(g.count)), barCell);
    return row;
  }));
  table.hidden = top.length === 0;
  document.getElementById(`${id}-empty`).hidden = top.length > 0;
}

export function ideas(report, perCategory = 5) {
  const groups = report.avoidanceIdeas;
  const holder = document.getElementById('ideas');
  holder.replaceChildren(...groups.map((group, i) => {
    const section = el('section', 'idea-group');
    const head = el('h3', 'idea-head');
    const dot = el('span', 'dot');
    dot.style.background = categoryColour(group.category, i);
    head.append(dot, el('span', null, words(group.category)), el('span', 'idea-total', `${count(group.count)} ideas`));
    const list = el('ol', 'idea-list');
    list.append(...group.ideas.slice(0, perCategory).map((idea) => {
      const item = el('li');
      item.append(el('span', 'idea-text', idea.idea), el('span', 'badge', `×${idea.count}`));
      return item;
    }));
    section.append(head, list);
    return section;
  }));
  document.getElementById('ideas-empty').hidden = groups.length > 0;
}
