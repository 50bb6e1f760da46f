// 正文: a small visual editor (bold, headings, lists, links, tables) over a <textarea> that holds
// the HTML and is what the form sends. "HTML 源码" shows the textarea itself. The server sanitises
// the body and checks its accessibility at submit; this editor only produces markup it accepts:
// h2/h3 (h1 is the page title), lists, links, and tables with a caption and header cells.

import { h, safeFragment } from '../dom.js';

const HEADER_CELL = '<th scope="col">列标题</th>';
const HEADER_ROW = `<tr>${HEADER_CELL}${HEADER_CELL}${HEADER_CELL}</tr>`;
const BODY_ROW = '<tr><td><br></td><td><br></td><td><br></td></tr>';
const TABLE =
  `<table><caption>表格标题（请修改）</caption><thead>${HEADER_ROW}</thead>` +
  `<tbody>${BODY_ROW}${BODY_ROW}</tbody></table><p><br></p>`;

/**
 * The body field. Answers {element, source, value(), setValue(html)}; `source` is the textarea
 * (data-field="body"), whose errors the visual editor shows as well.
 */
export function bodyEditor({ id, value = '', hint }) {
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const visual = h('div', {
    id: `${id}-visual`,
    class: 'editable',
    contenteditable: 'true',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelId,
    'aria-describedby': hintId,
    spellcheck: 'false',
  });
  const source = h('textarea', {
    id,
    name: 'body',
    'data-field': 'body',
    'data-label': '正文',
    'data-proxy': visual.id,
    class: 'source',
    rows: 14,
    'aria-labelledby': labelId,
    'aria-describedby': hintId,
    spellcheck: 'false',
    hidden: true,
  });
  let savedRange = null;

  const sync = () => {
    source.value = serialise(visual);
    source.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const show = (html) => {
    visual.replaceChildren(safeFragment(html));
    if (!visual.firstChild) {
      visual.append(h('p', {}, h('br')));
    }
  };

  const command = (name, arg) => () => {
    visual.focus();
    if (savedRange) {
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(savedRange);
    }
    document.execCommand(name, false, arg);
    sync();
  };
  const link = () => {
    const href = window.prompt('链接地址（以 http://、https:// 或 / 开头）', 'https://');
    if (href && href !== 'https://') {
      command('createLink', href.trim())();
    }
  };

  const sourceToggle = h(
    'button',
    { type: 'button', 'aria-pressed': 'false', class: 'tool' },
    'HTML 源码',
  );
  const buttons = [
    h(
      'button',
      { type: 'button', class: 'tool', onclick: command('bold') },
      h('strong', {}, '加粗'),
    ),
    h(
      'button',
      { type: 'button', class: 'tool', onclick: command('formatBlock', 'h2') },
      '二级标题',
    ),
    h(
      'button',
      { type: 'button', class: 'tool', onclick: command('formatBlock', 'h3') },
      '三级标题',
    ),
    h(
      'button',
      { type: 'button', class: 'tool', onclick: command('formatBlock', 'p') },
      '正文段落',
    ),
    h(
      'button',
      { type: 'button', class: 'tool', onclick: command('insertUnorderedList') },
      '项目列表',
    ),
    h(
      'button',
      { type: 'button', class: 'tool', onclick: command('insertOrderedList') },
      '编号列表',
    ),
    h('button', { type: 'button', class: 'tool', onclick: link }, '插入链接'),
    h('button', { type: 'button', class: 'tool', onclick: command('unlink') }, '取消链接'),
    h(
      'button',
      { type: 'button', class: 'tool', onclick: command('insertHTML', TABLE) },
      '插入表格',
    ),
    sourceToggle,
  ];
  const toolbar = h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': '正文格式', 'aria-controls': visual.id },
    buttons,
  );
  rovingFocus(toolbar, buttons);
  // A click on a tool must not take the selection out of the text it applies to.
  toolbar.addEventListener('mousedown', (e) => {
    if (e.target.closest('button') && e.target.closest('button') !== sourceToggle) {
      e.preventDefault();
    }
  });

  sourceToggle.addEventListener('click', () => {
    const toSource = source.hidden;
    if (toSource) {
      sync();
    } else {
      show(source.value);
    }
    source.hidden = !toSource;
    visual.hidden = toSource;
    sourceToggle.setAttribute('aria-pressed', String(toSource));
    buttons.filter((b) => b !== sourceToggle).forEach((b) => (b.disabled = toSource));
    buttons.forEach((b) => (b.tabIndex = b === sourceToggle ? 0 : -1));
    (toSource ? source : visual).focus();
  });

  visual.addEventListener('input', sync);
  let attached = false;
  const remember = () => {
    if (!visual.isConnected) {
      if (attached) {
        document.removeEventListener('selectionchange', remember); // the screen was left
      }
      return;
    }
    attached = true;
    const selection = window.getSelection();
    if (selection.rangeCount && visual.contains(selection.anchorNode)) {
      savedRange = selection.getRangeAt(0).cloneRange();
    }
  };
  document.addEventListener('selectionchange', remember);
  visual.addEventListener('focus', () =>
    document.execCommand('defaultParagraphSeparator', false, 'p'),
  );

  source.value = value || '';
  show(source.value);

  const element = h(
    'div',
    { class: 'field body-field' },
    h('p', { class: 'label', id: labelId }, '正文'),
    h('p', { class: 'hint', id: hintId }, hint),
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    toolbar,
    visual,
    source,
  );
  return {
    element,
    source,
    value: () => (source.hidden ? serialise(visual) : source.value).trim(),
    setValue: (html) => {
      source.value = html || '';
      show(source.value);
    },
  };
}

/** The visual editor's HTML, with loose text wrapped in paragraphs and empty paragraphs dropped. */
function serialise(visual) {
  const out = document.createElement('div');
  let paragraph = null;
  for (const node of [...visual.childNodes]) {
    const inline =
      node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && isInline(node));
    if (inline) {
      if (!paragraph) {
        paragraph = document.createElement('p');
        out.append(paragraph);
      }
      paragraph.append(node.cloneNode(true));
    } else {
      paragraph = null;
      out.append(node.cloneNode(true));
    }
  }
  for (const p of out.querySelectorAll('p')) {
    if (!p.textContent.trim() && !p.querySelector('img')) {
      p.remove();
    }
  }
  return out.innerHTML;
}

function isInline(el) {
  return ['a', 'b', 'strong', 'em', 'i', 'u', 'sub', 'sup', 'span', 'br', 'img'].includes(
    el.localName,
  );
}

/** A toolbar is one Tab stop; the arrow keys, Home and End move between its buttons. */
function rovingFocus(toolbar, buttons) {
  buttons.forEach((b, i) => (b.tabIndex = i === 0 ? 0 : -1));
  toolbar.addEventListener('keydown', (e) => {
    const enabled = buttons.filter((b) => !b.disabled);
    const i = enabled.indexOf(document.activeElement);
    if (i < 0) {
      return;
    }
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: enabled.length - 1 }[e.key];
    if (next === undefined) {
      return;
    }
    e.preventDefault();
    const target = enabled[(next + enabled.length) % enabled.length];
    buttons.forEach((b) => (b.tabIndex = b === target ? 0 : -1));
    target.focus();
  });
}
