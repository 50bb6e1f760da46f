// 公开指南 (条例 第12条): the current version of an agency's guide as a form; each save is a new
// version (PUT with If-Match = the version read), published at once. Earlier versions are listed.

import * as api from '../api.js';
import { add, h, replace, timeEl } from '../dom.js';
import {
  FormErrors,
  busy,
  field,
  input,
  optional,
  problemBox,
  select,
  textarea,
} from '../forms.js';
import { bodyEditor } from './body-editor.js';
import { loadAgencies } from './catalogues.js';

const FIELDS = [
  ['officeName', '公开工作机构名称', true, 'input'],
  ['officeAddress', '办公地址', true, 'input'],
  ['officeHours', '办公时间', true, 'input'],
  ['phone', '联系电话', true, 'input'],
  ['fax', '传真', false, 'input'],
  ['email', '电子邮箱', false, 'input'],
  ['website', '网址', false, 'input'],
  ['classification', '信息分类与编排', true, 'textarea'],
  ['howToObtain', '获取信息的方式', true, 'textarea'],
];

export async function renderGuide(view, ctx) {
  ctx.heading('公开指南');
  const agencyId = Number(ctx.query.get('agency')) || ctx.me.agencyId;
  const agencies = await loadAgencies();
  const chooser = h('form', { class: 'filters', novalidate: true, 'aria-label': '选择机构' });
  add(
    chooser,
    field({
      label: '机构',
      control: select(
        'guide-agency',
        'agency',
        agencies.map((a) => [a.id, a.name]),
        { value: agencyId },
      ),
    }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button secondary' }, '切换'),
    ),
  );
  chooser.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.navigate(`/guide?agency=${chooser.elements.agency.value}`);
  });
  add(view, ctx.flash, agencies.length > 1 ? chooser : null);

  let guide = null;
  let etag = null;
  try {
    const r = await api.get(`agencies/${agencyId}/guide`);
    guide = r.data;
    etag = r.etag;
  } catch (error) {
    if (error.status !== 404) {
      view.append(problemBox(error));
      return;
    }
  }
  const form = h('form', { class: 'form', novalidate: true, id: 'guide-form' });
  const errors = new FormErrors(form);
  const body = bodyEditor({
    id: 'guide-body',
    value: guide?.body ?? '',
    hint: '指南正文中需要补充的其他内容（可选）。',
  });
  add(
    form,
    h(
      'p',
      { class: 'meta' },
      guide
        ? [
            '当前为第 ',
            String(guide.version),
            ' 版，',
            guide.createdBy,
            ' 于 ',
            timeEl(guide.createdAt),
            ' 发布。保存即生成并发布新版本。',
          ]
        : '这个机构还没有公开指南。保存后生成第 1 版并发布。',
    ),
    FIELDS.map(([name, text, required, kind]) =>
      field({
        label: text,
        required,
        control:
          kind === 'input'
            ? input(`guide-${name}`, name, { value: guide?.[name] ?? '' })
            : textarea(`guide-${name}`, name, { rows: 4, value: guide?.[name] ?? '' }),
      }),
    ),
    body.element,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button' }, '保存并发布新版本'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.clear();
    const json = Object.fromEntries(FIELDS.map(([name]) => [name, optional(form, name)]));
    json.body = body.value() || null;
    busy(form, async () => {
      try {
        const r = await api.put(`agencies/${agencyId}/guide`, json, { ifMatch: etag || '"0"' });
        ctx.navigate(`/guide?agency=${agencyId}`, `已保存并发布第 ${r.data.version} 版公开指南。`);
      } catch (error) {
        errors.show(
          error,
          error.status === 412
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'button',
                  onclick: () => ctx.navigate(`/guide?agency=${agencyId}`, '已载入最新版本。'),
                },
                '载入最新版本（放弃我的修改）',
              )
            : null,
        );
      }
    });
  });
  const versions = h('div', { class: 'results' });
  add(
    view,
    form,
    h(
      'section',
      { 'aria-labelledby': 'versions-title' },
      h('h2', { id: 'versions-title' }, '历史版本'),
      versions,
    ),
  );
  try {
    const all = (await api.get(`agencies/${agencyId}/guide/versions`)).data.items;
    replace(
      versions,
      all.length
        ? h(
            'table',
            { class: 'table' },
            h('caption', { class: 'visually-hidden' }, '公开指南历史版本'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['版本', '发布人', '发布时间'].map((t) => h('th', { scope: 'col' }, t)),
              ),
            ),
            h(
              'tbody',
              {},
              all.map((g) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, `第 ${g.version} 版`),
                  h('td', {}, g.createdBy),
                  h('td', {}, timeEl(g.createdAt)),
                ),
              ),
            ),
          )
        : h('p', { class: 'empty' }, '暂无。'),
    );
  } catch (error) {
    replace(versions, problemBox(error));
  }
}
