// Small DOM helpers. Text always goes in as text nodes (never innerHTML), so nothing the server or
// a user sends can become markup — except an item's body, which goes through safeFragment().

/** h('p', {class: 'x', onclick: fn}, 'text', child…) → an element. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (name === 'value' || name === 'checked' || name === 'selected') {
      el[name] = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Appends children, skipping null/undefined/false (Element.append would write "null"). */
export function add(el, ...children) {
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Text from the server may be Chinese or English: say which, for screen readers (WCAG 3.1.2). */
export function langOf(text) {
  return /[\u3400-\u9fff]/.test(text || '') ? 'zh-Hans' : 'en';
}

/** A span holding a server message in its own language. */
export function serverText(text, tag = 'span', attrs = {}) {
  return h(tag, { ...attrs, lang: langOf(text) }, text);
}

const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as 2026-11-20 14:03 (Beijing time), or — when absent. */
export function dateTime(iso) {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return iso;
  }
  const parts = Object.fromEntries(DATE_TIME.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A time element for an ISO instant. */
export function timeEl(iso) {
  return iso ? h('time', { datetime: iso }, dateTime(iso)) : '—';
}

/** Bytes as a size a person reads. */
export function fileSize(bytes) {
  if (bytes < 1024) {
    return `${bytes} 字节`;
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(1)} KB`;
  }
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// The body allowlist of content-model's BodySafelist, applied again in the browser: the server has
// sanitised the body already; this keeps the console safe even if it had not.
const BODY_TAGS = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'b',
  'i',
  'u',
  'sub',
  'sup',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'a',
  'img',
  'figure',
  'figcaption',
  'span',
  'div',
]);
const BODY_ATTRS = {
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
};
const SAFE_URL = /^(https?:|mailto:|[^:]*$)/i;

/** An item body's HTML as a DocumentFragment holding only allowlisted tags and attributes. */
export function safeFragment(html) {
  const doc = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  copyAllowed(doc.body, out);
  return out;
}

function copyAllowed(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(document.createTextNode(node.data));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = node.localName;
      if (!BODY_TAGS.has(tag)) {
        if (tag !== 'script' && tag !== 'style') {
          copyAllowed(node, to); // keep the text of an unknown wrapper
        }
        continue;
      }
      const el = document.createElement(tag);
      for (const name of BODY_ATTRS[tag] || []) {
        const value = node.getAttribute(name);
        if (value !== null && ((name !== 'href' && name !== 'src') || SAFE_URL.test(value))) {
          el.setAttribute(name, value);
        }
      }
      if (tag === 'a') {
        el.setAttribute('rel', 'noopener noreferrer');
      }
      copyAllowed(node, el);
      to.append(el);
    }
  }
}

let dialogCount = 0;

/**
 * A modal confirmation (<dialog>): focus moves into it, Esc cancels, focus returns to the opener.
 * Resolves true when confirmed.
 */
export function confirmDialog({ title, message, confirmLabel = '确定', danger = false }) {
  return new Promise((resolve) => {
    const id = `confirm-${++dialogCount}`;
    const ok = h(
      'button',
      { type: 'submit', value: 'ok', class: danger ? 'button danger' : 'button' },
      confirmLabel,
    );
    const dialog = h(
      'dialog',
      { class: 'dialog', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-message` },
      h(
        'form',
        { method: 'dialog' },
        h('h2', { id: `${id}-title` }, title),
        h('p', { id: `${id}-message` }, message),
        h(
          'div',
          { class: 'actions' },
          ok,
          h('button', { type: 'submit', value: 'cancel', class: 'button secondary' }, '取消'),
        ),
      ),
    );
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'ok');
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('button[value="cancel"]').focus();
  });
}
