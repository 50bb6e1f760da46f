// 登录: POST /api/session sets the session cookie; the server's message says what went wrong
// (wrong password → 401, too many attempts → 429 with Retry-After).

import * as api from '../api.js';
import { add, h } from '../dom.js';
import { FormErrors, busy, field, input, valueOf } from '../forms.js';

export function renderSignIn(view, { message, heading, onSignedIn }) {
  heading('登录');
  const form = h('form', { class: 'form', novalidate: true, id: 'sign-in-form' });
  const errors = new FormErrors(form, form, { 401: '无法登录', 429: '暂时不能登录' });
  form.append(
    field({
      label: '用户名',
      control: input('signin-username', 'username', {
        autocomplete: 'username',
        spellcheck: 'false',
        autocapitalize: 'none',
      }),
    }),
    field({
      label: '密码',
      control: input('signin-password', 'password', {
        type: 'password',
        autocomplete: 'current-password',
      }),
    }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, '登录')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.clear();
    await busy(form, async () => {
      try {
        await api.request('session', {
          method: 'POST',
          json: { username: valueOf(form, 'username'), password: form.elements.password.value },
          signIn: true,
        });
      } catch (error) {
        errors.show(error);
        form.elements.password.value = '';
        return;
      }
      onSignedIn();
    });
  });
  add(
    view,
    message ? h('div', { class: 'notice success', role: 'status' }, h('p', {}, message)) : null,
    h('p', { class: 'lead' }, '请使用本单位分配的账号登录。连续输错密码会被暂时锁定。'),
    form,
  );
  form.elements.username.focus();
}
