// The admin console: who is signed in, the navigation their roles allow, and a hash router
// (#/items, #/items/12, …) that hands each screen a fresh container.
//
// The server is the authority on every permission; the console only hides what a role cannot do
// and shows a 403 plainly when it happens anyway.

import * as api from './api.js';
import { h, replace } from './dom.js';
import { ROLES, REVIEW_LEVELS, label } from './labels.js';
import { problemBox } from './forms.js';
import { renderSignIn } from './views/signin.js';
import { renderItemList } from './views/items.js';
import { renderEditor } from './views/editor.js';
import { renderItem } from './views/item.js';
import { renderPublishing } from './views/publishing.js';
import { renderGuide } from './views/guide.js';
import { renderAudit } from './views/audit.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const account = document.getElementById('account');
const announcer = document.getElementById('announcer');

let me = null;
let pendingFlash = null;

// Whether this browser signed in (the session cookie itself is HttpOnly). Without it the console
// shows the sign-in form at once instead of asking /api/me — whose 401 every audit would list.
const SIGNED_IN = 'gongkai.console.signedIn';
function remember(signedIn) {
  try {
    if (signedIn) {
      localStorage.setItem(SIGNED_IN, '1');
    } else {
      localStorage.removeItem(SIGNED_IN);
    }
  } catch (e) {
    // storage disabled: the console asks /api/me every time
  }
}
function probablySignedIn() {
  try {
    return localStorage.getItem(SIGNED_IN) === '1';
  } catch (e) {
    return true;
  }
}

/** What the signed-in roles allow, for showing and hiding controls. */
function permissions(user) {
  const has = (r) => user.roles.includes(r);
  return {
    write: has('DRAFTER') || has('OFFICE'),
    review: has('REVIEWER'),
    office: has('OFFICE') || has('ADMIN'),
    audit: has('AUDITOR') || has('ADMIN'),
  };
}

const ROUTES = [
  { pattern: /^\/items$/, render: renderItemList },
  { pattern: /^\/items\/new$/, render: renderEditor, allowed: (can) => can.write },
  { pattern: /^\/items\/(\d+)\/edit$/, render: renderEditor, allowed: (can) => can.write },
  { pattern: /^\/items\/(\d+)$/, render: renderItem },
  { pattern: /^\/publish$/, render: renderPublishing, allowed: (can) => can.office },
  { pattern: /^\/guide$/, render: renderGuide, allowed: (can) => can.office },
  { pattern: /^\/audit$/, render: renderAudit, allowed: (can) => can.audit },
];

function parseHash() {
  const raw = location.hash.startsWith('#/') ? location.hash.slice(1) : '/items';
  const [path, search = ''] = raw.split('?');
  return { path, query: new URLSearchParams(search) };
}

/** Goes to a console address such as '/items/12'; a flash message shows on the next screen. */
function navigate(path, flash = null) {
  pendingFlash = flash;
  const target = `#${path}`;
  if (location.hash === target) {
    route();
  } else {
    location.hash = target;
  }
}

/** Says a message through the polite live region; messages close together queue, not replace. */
function announce(message) {
  const line = h('p', {}, message);
  // Added after a tick, so a region just created (or a repeated message) is still announced.
  setTimeout(() => announcer.append(line), 50);
  setTimeout(() => line.remove(), 8000);
}

function route() {
  if (!me) {
    return;
  }
  const { path, query } = parseHash();
  const view = h('div', { class: 'view' });
  replace(main, view);
  markCurrent();
  const can = permissions(me);
  const match = ROUTES.map((r) => ({ r, m: path.match(r.pattern) })).find((x) => x.m);
  const ctx = {
    me,
    can,
    query,
    params: match ? match.m.slice(1) : [],
    navigate,
    announce,
    heading: (text) => heading(view, text),
    flash: takeFlash(),
  };
  if (!match) {
    ctx.heading('找不到此页面');
    view.append(h('p', {}, '地址有误。', h('a', { href: '#/items' }, '返回信息列表')));
  } else if (match.r.allowed && !match.r.allowed(can)) {
    ctx.heading('没有权限');
    view.append(
      h('p', {}, '你的角色不能使用此功能。', h('a', { href: '#/items' }, '返回信息列表')),
    );
  } else {
    match.r.render(view, ctx).catch((error) => showFailure(view, error));
  }
  const h1 = view.querySelector('h1');
  if (h1 && !view.querySelector('.error-summary:not([hidden])')) {
    h1.focus();
  }
}

/** The screen's h1 (focused on arrival, so a screen reader starts there) and the page title. */
function heading(view, text) {
  document.title = `${text} - 政务公开管理后台`;
  const h1 = h('h1', { tabindex: '-1' }, text);
  view.prepend(h1);
  return h1;
}

function takeFlash() {
  const flash = pendingFlash;
  pendingFlash = null;
  if (flash) {
    announce(flash);
    return h('div', { class: 'notice success', role: 'status' }, h('p', {}, flash));
  }
  return null;
}

function showFailure(view, error) {
  if (error instanceof api.ApiError) {
    if (error.status === 401) {
      return; // the sign-in screen has taken over
    }
    view.append(problemBox(error));
  } else {
    console.error(error);
    view.append(problemBox({ status: 500, message: '页面出错，请刷新后重试。' }));
  }
}

function markCurrent() {
  const current = location.hash || '#/items';
  for (const link of nav.querySelectorAll('a')) {
    if (link.getAttribute('href') === current) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

function renderShell() {
  const can = permissions(me);
  const links = [
    ['#/items', '信息列表', true],
    ['#/items?state=IN_REVIEW', '待审核', can.review],
    ['#/items/new', '新建信息', can.write],
    ['#/publish', '发布管理', can.office],
    ['#/guide', '公开指南', can.office],
    ['#/audit', '审计日志', can.audit],
  ];
  replace(
    nav,
    h(
      'ul',
      { class: 'container nav-list' },
      links
        .filter(([, , shown]) => shown)
        .map(([href, text]) => h('li', {}, h('a', { href }, text))),
    ),
  );
  nav.hidden = false;
  const roles = me.roles.map((r) => label(ROLES, r)).join('、');
  const level = me.reviewLevel
    ? `（${me.reviewLevel}级审核 · ${label(REVIEW_LEVELS, me.reviewLevel)}）`
    : '';
  replace(
    account,
    h(
      'span',
      { class: 'who' },
      h('span', { class: 'visually-hidden' }, '当前用户：'),
      me.username,
      ' · ',
      roles,
      level,
    ),
    h(
      'button',
      { type: 'button', class: 'button secondary small', id: 'sign-out', onclick: signOut },
      '退出登录',
    ),
  );
}

async function signOut() {
  remember(false);
  try {
    await api.del('session');
  } catch (e) {
    // Signed out on this side regardless; the cookie expires with the session.
  }
  showSignIn('已退出登录。');
}

function showSignIn(message) {
  me = null;
  remember(false);
  nav.hidden = true;
  replace(nav);
  replace(account);
  const view = h('div', { class: 'view narrow' });
  replace(main, view);
  const onSignedIn = () => {
    remember(true);
    start();
  };
  renderSignIn(view, { message, heading: (text) => heading(view, text), onSignedIn });
}

/** After sign-in (or with a session still open): who am I, then the screen the address names. */
async function start() {
  try {
    me = (await api.get('me')).data;
  } catch (error) {
    if (error.status === 401) {
      showSignIn(null);
    } else {
      replace(main, problemBox(error));
    }
    return;
  }
  renderShell();
  route();
}

api.onSignedOut(() => {
  if (me) {
    showSignIn('登录已过期或已在别处退出，请重新登录。');
  }
});

// The skip link moves focus to the content without touching the address (the router owns #/…).
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#/') || location.hash === '') {
    route();
  }
});
if (probablySignedIn()) {
  start();
} else {
  showSignIn(null);
}
