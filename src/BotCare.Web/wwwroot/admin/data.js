// The admins' data-protection page: erase one customer's data (with a confirm step), the past erasure reports, and
// retention. Every value from the server is shown with textContent: reports are data, never markup.
import { ApiError, getJson, postJson } from '/agent/api.js';

const $ = (id) => document.getElementById(id);
const labels = { customerId: 'customer id', conversationId: 'conversation id', orderNumber: 'order number' };
let pending = null;

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function when(value) {
  return value ? new Date(value).toLocaleString() : '—';
}

function showError(error) {
  $('error-text').textContent = error instanceof ApiError ? error.detail : String(error?.message ?? error);
  $('error-banner').hidden = false;
}

function clearError() {
  $('error-banner').hidden = true;
}

function storesList(stores) {
  const list = element('ul', null, 'report-stores');
  for (const store of stores ?? []) {
    const item = element('li');
    item.append(element('strong', `${store.store}: `), element('span', `${store.removed} removed`));
    if (store.items?.length) {
      const details = element('details');
      details.append(element('summary', `${store.items.length} listed`));
      const inner = element('ul');
      for (const entry of store.items) inner.append(element('li', entry, 'mono'));
      details.append(inner);
      item.append(details);
    }
    list.append(item);
  }
  return list;
}

function showReport(report) {
  const box = $('erase-result');
  box.replaceChildren();
  const heading = report.nothingFound
    ? 'Nothing was found for that value: BotCare holds no data about it. The request is kept as a report all the same.'
    : `Erased ${report.totalRemoved} records about ${report.customers.length} customer(s) in ${report.conversations.length} conversation(s).`;
  box.append(element('p', heading, 'report-heading'));
  box.append(element('p', `Report ${report.id} · asked for ${labels[report.subjectKind] ?? report.subjectKind} ${report.subject} · by ${report.admin} · ${when(report.completedAt)}`, 'hint'));
  box.append(storesList(report.stores));
  box.hidden = false;
}

async function loadReports() {
  const { items } = await getJson('/api/admin/erasure');
  const body = $('reports-body');
  body.replaceChildren();
  for (const report of items) {
    const row = element('tr');
    row.dataset.id = report.id;
    for (const cell of [when(report.requestedAt), report.admin, `${labels[report.subjectKind] ?? report.subjectKind} ${report.subject}`, report.customers, report.conversations, report.totalRemoved]) {
      row.append(element('td', cell));
    }
    body.append(row);
  }
  $('reports-empty').hidden = items.length > 0;
}

function describeRun(run) {
  if (!run) return 'Retention has not run yet.';
  if (!run.enabled) return `Last run ${when(run.completedAt)} (${run.trigger}): retention is off.`;
  return `Last run ${when(run.completedAt)} (${run.trigger}): ${run.anonymizedCases.length} case(s) anonymized, ${run.conversationsDropped} conversation(s) dropped${run.moreDue ? '; more are due and the next run goes on' : ''}.`;
}

async function loadRetention() {
  const retention = await getJson('/api/admin/retention');
  $('retention-setting').textContent = retention.enabled
    ? `Conversations with no activity for ${retention.retainClosedConversationsDays} days are anonymized, checked every ${retention.checkEveryHours} hours. Cases stay for statistics without personal data.`
    : 'Retention is off (DataProtection:RetainClosedConversationsDays is 0): conversations are kept until erased.';
  $('retention-last').textContent = describeRun(retention.lastRun);
}

$('erase-form').addEventListener('submit', (event) => {
  event.preventDefault();
  clearError();
  const kind = $('erase-kind').value;
  const value = $('erase-value').value.trim();
  if (!value) return;
  pending = { kind, value };
  $('confirm-text').textContent = `Erase everything about the customer(s) found by ${labels[kind]} "${value}"? This cannot be undone.`;
  $('erase-confirm').hidden = false;
  $('confirm-erase').focus();
});

$('cancel-erase').addEventListener('click', () => {
  pending = null;
  $('erase-confirm').hidden = true;
});

$('confirm-erase').addEventListener('click', async () => {
  if (!pending) return;
  const { kind, value } = pending;
  pending = null;
  $('erase-confirm').hidden = true;
  $('confirm-erase').disabled = true;
  try {
    showReport(await postJson('/api/admin/erasure', { [kind]: value }));
    $('erase-value').value = '';
    await loadReports();
  } catch (error) {
    showError(error);
  } finally {
    $('confirm-erase').disabled = false;
  }
});

$('retention-run').addEventListener('click', async () => {
  clearError();
  const button = $('retention-run');
  button.disabled = true;
  try {
    const run = await postJson('/api/admin/retention/run');
    const box = $('retention-result');
    box.replaceChildren(element('p', describeRun(run), 'report-heading'), storesList(run.stores));
    box.hidden = false;
    await loadRetention();
  } catch (error) {
    showError(error);
  } finally {
    button.disabled = false;
  }
});

Promise.all([loadReports(), loadRetention()]).catch(showError);
