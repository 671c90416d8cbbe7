// Building the console's DOM. Everything the server sends is data: it only ever becomes text nodes and attribute
// values, never markup (the page's Trusted Types policy refuses HTML strings anyway).

const properties = new Set(['value', 'checked', 'disabled', 'selected', 'hidden', 'required', 'readOnly', 'htmlFor']);

/**
 * h('li', { class: 'card', dataset: { testid: 'queue-item' }, onclick }, 'text', child, [more])
 * Strings and numbers become text nodes; null, undefined and false are skipped; arrays are flattened.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'dataset') {
      for (const [name, data] of Object.entries(value)) {
        if (data !== null && data !== undefined) el.dataset[name] = String(data);
      }
    } else if (key === 'text') el.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (properties.has(key)) el[key] = value;
    else if (key === 'style' || key.startsWith('on')) throw new Error(`h(): ${key} is not set from data`);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === '') continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces an element's children, keeping the element (and its listeners, aria-live, scroll position) itself. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export const byId = (id) => document.getElementById(id);

/** A small "nothing here" block: a title and a line of help. */
export function emptyState(title, text, extraClass) {
  return h('div', { class: ['empty-state', extraClass] },
    h('p', { class: 'empty-title' }, title),
    text ? h('p', { class: 'empty-text' }, text) : null);
}

let ids = 0;
/** A unique id for pairing labels and inputs built in script. */
export const uid = (prefix) => `${prefix}-${++ids}`;
