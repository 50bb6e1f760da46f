// Form fields with a label, a hint and a place for the server's error, and the error summary that
// shows a problem detail: its `detail` at the top of the form, each `errors[].message` beside the
// field it names (GOV.UK's error summary and error message pattern).
//
// Every control carries data-field = the JSON name the API uses for it ("title",
// "confidentiality.conclusion"), which is how a server error finds its field.

import { h, replace, serverText } from './dom.js';

let counter = 0;
const nextId = (prefix) => `${prefix}-${++counter}`;

/** A field: label, optional hint, error message slot, then the control (which must have an id). */
export function field({ label, control, hint, required = false, className = '' }) {
  const id = control.id;
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const errorEl = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  control.dataset.label = label;
  if (hintEl) {
    control.setAttribute('aria-describedby', hintEl.id);
  }
  if (required) {
    control.setAttribute('aria-required', 'true');
  }
  return h(
    'div',
    { class: `field ${className}`.trim() },
    h('label', { for: id }, label, required ? h('span', { class: 'required' }, '（必填）') : null),
    hintEl,
    errorEl,
    control,
  );
}

/** <input>; attrs may set type, value, autocomplete… */
export function input(id, apiField, attrs = {}) {
  return h('input', { type: 'text', id, name: apiField, 'data-field': apiField, ...attrs });
}

export function textarea(id, apiField, attrs = {}) {
  return h('textarea', { id, name: apiField, 'data-field': apiField, rows: 4, ...attrs });
}

/** <select> from [[value, label], …]; an empty first option when `empty` is a label. */
export function select(id, apiField, options, { value = '', empty = null, ...attrs } = {}) {
  const el = h('select', { id, name: apiField, 'data-field': apiField, ...attrs });
  if (empty !== null) {
    el.append(h('option', { value: '' }, empty));
  }
  for (const [v, text] of options) {
    el.append(h('option', { value: v, selected: String(v) === String(value) }, text));
  }
  return el;
}

/** Radio buttons in a fieldset with a legend; the fieldset is what a server error points at. */
export function radios({
  id,
  apiField,
  legend,
  options,
  value = '',
  required = false,
  hint = null,
}) {
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const set = h(
    'fieldset',
    { id, class: 'field radios', 'data-field': apiField, tabindex: '-1' },
    h('legend', {}, legend, required ? h('span', { class: 'required' }, '（必填）') : null),
    hintEl,
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
  );
  set.dataset.label = legend;
  if (hintEl) {
    set.setAttribute('aria-describedby', hintEl.id);
  }
  for (const [v, text] of options) {
    const rid = `${id}-${v}`;
    set.append(
      h(
        'div',
        { class: 'radio' },
        h('input', { type: 'radio', id: rid, name: apiField, value: v, checked: v === value }),
        h('label', { for: rid }, text),
      ),
    );
  }
  return set;
}

/** The value of a named control of a form ('' when empty). */
export function valueOf(form, name) {
  const el = form.elements.namedItem(name);
  if (!el) {
    return '';
  }
  return (el.value ?? '').trim();
}

/** The value, or null when empty — what the API expects for an absent optional field. */
export function optional(form, name) {
  const v = valueOf(form, name);
  return v === '' ? null : v;
}

const TITLES = {
  0: '无法连接服务器',
  400: '请修改以下内容',
  401: '需要登录',
  403: '没有权限',
  404: '找不到这条记录',
  409: '当前状态不允许这样操作',
  412: '内容已被他人修改',
  413: '文件太大',
  415: '文件类型不被接受',
  428: '缺少版本信息',
  429: '尝试次数过多',
  500: '服务器出错',
};

/** The heading of a problem, in Chinese, by its status. */
export function problemTitle(error) {
  return TITLES[error.status] || (error.status >= 500 ? TITLES[500] : '操作未完成');
}

/** A box stating a problem outside a form (a list that failed to load, a refused action). */
export function problemBox(error, ...extra) {
  return h(
    'div',
    { class: 'notice error', role: 'alert' },
    h('h2', { class: 'notice-title' }, problemTitle(error)),
    serverText(error.message, 'p'),
    retryText(error),
    ...extra,
  );
}

function retryText(error) {
  if (error.status !== 429 || !error.retryAfter) {
    return null;
  }
  const minutes = Math.max(1, Math.ceil(Number(error.retryAfter) / 60));
  return h('p', {}, `请在 ${minutes} 分钟后再试。`);
}

/**
 * The error summary at the top of a form and the messages beside its fields. `scope` is where
 * fields are looked for (the form, or a whole screen when some fields live outside the form).
 */
export class FormErrors {
  constructor(form, scope = form, titles = {}) {
    this.form = form;
    this.scope = scope;
    this.titles = titles; // headings by status for this form, e.g. {401: '无法登录'}
    this.summary = h('div', {
      class: 'error-summary',
      tabindex: '-1',
      hidden: true,
      id: nextId('errors'),
    });
    form.prepend(this.summary);
  }

  clear() {
    this.summary.hidden = true;
    replace(this.summary);
    for (const el of this.scope.querySelectorAll('.field-error')) {
      el.hidden = true;
      replace(el);
    }
    for (const el of this.scope.querySelectorAll('[aria-invalid]')) {
      el.removeAttribute('aria-invalid');
      el.closest('.field')?.classList.remove('has-error');
      describe(el, errorIdOf(el), false);
    }
  }

  /** Shows an ApiError; `extra` elements (a fix, a reload button) go into the summary. */
  show(error, ...extra) {
    this.clear();
    const list = h('ul', { class: 'error-list' });
    for (const { field: name, message } of error.fieldErrors) {
      const control = this.controlFor(name);
      if (control) {
        this.mark(control, message);
      }
      const text = control ? `${control.dataset.label}：` : name ? `${name}：` : '';
      const line = control
        ? h(
            'a',
            { href: `#${control.id}`, onclick: (e) => focusControl(e, control) },
            text,
            serverText(message),
          )
        : h('span', {}, text, serverText(message));
      list.append(h('li', {}, line));
    }
    const body = h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'error-summary-title' }, this.titles[error.status] || problemTitle(error)),
      redundant(error) ? null : serverText(error.message, 'p'),
      retryText(error),
      error.fieldErrors.length ? list : null,
    );
    replace(this.summary, body, ...extra.filter(Boolean));
    this.summary.hidden = false;
    this.summary.focus();
  }

  /** The control a server field name points at: exact, else its first segment (attachments[3].x). */
  controlFor(name) {
    if (!name) {
      return null;
    }
    const exact = this.scope.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (exact) {
      return exact.type === 'radio' ? exact.closest('fieldset') : exact;
    }
    const head = name.split(/[.[]/)[0];
    return head === name ? null : this.scope.querySelector(`[data-field="${CSS.escape(head)}"]`);
  }

  mark(control, message) {
    const errorEl = document.getElementById(errorIdOf(control));
    if (errorEl) {
      errorEl.append(
        h('span', { class: 'visually-hidden' }, '错误：'),
        serverText(message),
        h('br'),
      );
      errorEl.hidden = false;
    }
    // A control shown through another one (the body's visual editor) carries the mark too.
    const proxy = control.dataset.proxy ? document.getElementById(control.dataset.proxy) : null;
    for (const el of [control, proxy].filter(Boolean)) {
      el.dataset.errorId = errorIdOf(control);
      el.setAttribute('aria-invalid', 'true');
      el.closest('.field')?.classList.add('has-error');
      describe(el, el.dataset.errorId, true);
    }
  }
}

/** The detail only repeats the field errors ("2 fields are invalid", or the one message). */
function redundant(error) {
  const errors = error.fieldErrors;
  return errors.length > 1 || errors.some((e) => (error.message || '').includes(e.message));
}

function errorIdOf(control) {
  return control.dataset.errorId || `${control.id}-error`;
}

/** Adds or removes the error message from a control's accessible description. */
function describe(control, errorId, withError) {
  const ids = (control.getAttribute('aria-describedby') || '')
    .split(' ')
    .filter((i) => i && i !== errorId);
  if (withError) {
    ids.push(errorId);
  }
  if (ids.length) {
    control.setAttribute('aria-describedby', ids.join(' '));
  } else {
    control.removeAttribute('aria-describedby');
  }
}

function focusControl(event, control) {
  event.preventDefault();
  let target = control.matches('fieldset') ? control.querySelector('input') || control : control;
  if (target.closest('[hidden]') && control.dataset.proxy) {
    target = document.getElementById(control.dataset.proxy);
  }
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

/** Disables a form's buttons while a request runs, and says so. */
export async function busy(form, task) {
  const buttons = [...form.querySelectorAll('button')].filter((b) => !b.disabled);
  buttons.forEach((b) => (b.disabled = true));
  form.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    form.removeAttribute('aria-busy');
  }
}
