// 新建/编辑信息: create (POST /api/items) or edit (PUT with If-Match = the ETag read), attachments,
// and 提交审核 — whose screening errors (personal data, secrecy marks, body accessibility) appear
// beside their fields, with the one-call 一键遮盖 fix when personal data is what was found.

import * as api from '../api.js';
import { add, confirmDialog, fileSize, h, replace, serverText, timeEl } from '../dom.js';
import { DISCLOSURES, STATES, VALIDITIES, WITHHOLD_GROUNDS, ACTIONS, label } from '../labels.js';
import {
  FormErrors,
  busy,
  field,
  input,
  optional,
  problemBox,
  radios,
  select,
  textarea,
  valueOf,
} from '../forms.js';
import { bodyEditor } from './body-editor.js';
import { catalogueOptions, loadAgencies, loadCatalogues } from './catalogues.js';

const SUMMARY_MAX = 100;
/** The screener's personal-data findings (content-model FindingKind) name one of these. */
const PERSONAL_DATA = /身份证号码|手机号码|银行卡号/;

export async function renderEditor(view, ctx) {
  const id = ctx.params[0] ? Number(ctx.params[0]) : null;
  ctx.heading(id ? '编辑信息' : '新建信息');
  const loading = h('p', { class: 'loading' }, '正在载入…');
  add(view, ctx.flash, loading);

  const [agencies, loaded] = await Promise.all([
    loadAgencies(),
    id ? api.get(`items/${id}`) : null,
  ]);
  loading.remove();
  const editor = new Editor(view, ctx, agencies, loaded?.data ?? null, loaded?.etag ?? null);
  await editor.render();
}

class Editor {
  constructor(view, ctx, agencies, item, etag) {
    this.view = view;
    this.ctx = ctx;
    this.agencies = agencies;
    this.item = item;
    this.etag = etag;
    this.dirty = false;
    this.attachments = [];
  }

  async render() {
    const { item, view } = this;
    if (item && !editable(item)) {
      view.append(
        h(
          'div',
          { class: 'notice' },
          h('p', {}, `“${item.title}”${label(STATES, item.state)}，现在不能编辑。`),
          h('p', {}, h('a', { href: `#/items/${item.id}` }, '查看信息详情与审核记录')),
        ),
      );
      return;
    }
    this.form = this.buildForm();
    this.errors = new FormErrors(this.form, view);
    this.saved = h('div', { class: 'notice success', role: 'status', hidden: true });
    add(
      view,
      item ? h('p', { class: 'meta' }, this.metaLine()) : null,
      item?.state === 'PUBLISHED' || item?.state === 'APPROVED'
        ? h(
            'div',
            { class: 'notice' },
            h(
              'p',
              {},
              '这条信息已签发。保存修改会生成新的版本并重新送审；新版本签发前，网站上仍是现在的版本。',
            ),
          )
        : null,
      this.saved,
      this.form,
      item ? this.attachmentsSection() : null,
    );
    await this.fillCatalogues(valueOf(this.form, 'agencyId'), item?.catalogueId);
    if (item?.state === 'DRAFT') {
      this.showReturnedNote();
    }
  }

  metaLine() {
    const { item } = this;
    return [
      `状态：${label(STATES, item.state)}`,
      `第 ${item.revision} 版`,
      item.indexNumber ? `索引号：${item.indexNumber}` : null,
      `拟稿人：${item.drafter}`,
      h('a', { href: `#/items/${item.id}` }, '查看详情与审核记录'),
    ]
      .filter(Boolean)
      .flatMap((part, i) => (i ? [' · ', part] : [part]));
  }

  buildForm() {
    const { item, ctx } = this;
    const form = h('form', { class: 'form', novalidate: true, id: 'item-form' });
    const agency = select(
      'item-agency',
      'agencyId',
      this.agencies.map((a) => [a.id, a.name]),
      {
        value: item?.agencyId ?? ctx.me.agencyId ?? '',
        disabled: Boolean(item),
      },
    );
    agency.addEventListener('change', () => this.fillCatalogues(agency.value, null));
    const summary = textarea('item-summary', 'summary', { rows: 3, value: item?.summary ?? '' });
    const disclosure = radios({
      id: 'item-disclosure',
      apiField: 'disclosure',
      legend: '公开属性',
      options: Object.entries(DISCLOSURES),
      value: item?.disclosure ?? 'PROACTIVE',
      required: true,
    });
    const ground = field({
      label: '不予公开理由',
      control: select('item-withhold-ground', 'withholdGround', Object.entries(WITHHOLD_GROUNDS), {
        empty: '请选择理由',
        value: item?.withholdGround ?? '',
      }),
      hint: '《政府信息公开条例》第十四条至第十六条',
      required: true,
      className: 'conditional',
    });
    const showGround = () => (ground.hidden = valueOf(form, 'disclosure') !== 'WITHHELD');
    disclosure.addEventListener('change', showGround);
    this.body = bodyEditor({
      id: 'item-body',
      value: item?.body ?? '',
      hint: '可用工具栏设置加粗、标题、列表、链接和表格，也可切换到 HTML 源码。正文中的小标题从二级标题开始。',
    });

    add(
      form,
      h(
        'div',
        { class: 'row' },
        field({
          label: '发布机构',
          control: agency,
          hint: item ? '信息创建后不能转到其他机构。' : null,
          required: true,
        }),
        field({
          label: '公开目录',
          control: select('item-catalogue', 'catalogueId', [], { empty: '请选择公开目录' }),
          required: true,
        }),
      ),
      field({
        label: '标题',
        control: input('item-title', 'title', { value: item?.title ?? '', maxlength: 200 }),
        required: true,
      }),
      field({ label: '内容概述', control: summary, hint: this.summaryHint(summary.value) }),
      this.body.element,
      h(
        'div',
        { class: 'row' },
        field({
          label: '文号',
          control: input('item-document-number', 'documentNumber', {
            value: item?.documentNumber ?? '',
          }),
          hint: '如：勐政发〔2026〕12号',
        }),
        field({
          label: '成文日期',
          control: input('item-written-on', 'writtenOn', {
            type: 'date',
            value: item?.writtenOn ?? '',
          }),
        }),
      ),
      disclosure,
      ground,
      h(
        'div',
        { class: 'row' },
        field({
          label: '关键词',
          control: input('item-keywords', 'keywords', { value: item?.keywords ?? '' }),
          hint: '多个关键词用空格或逗号分隔',
        }),
        field({
          label: '有效性',
          control: select('item-validity', 'validity', Object.entries(VALIDITIES), {
            value: item?.validity ?? 'EFFECTIVE',
          }),
        }),
      ),
      h(
        'fieldset',
        { class: 'group' },
        h('legend', {}, '信息来源（转载时填写）'),
        h(
          'div',
          { class: 'row' },
          field({
            label: '来源名称',
            control: input('item-source-name', 'sourceName', { value: item?.sourceName ?? '' }),
          }),
          field({
            label: '来源链接',
            control: input('item-source-url', 'sourceUrl', {
              type: 'url',
              value: item?.sourceUrl ?? '',
            }),
          }),
        ),
      ),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'button', id: 'save-item' }, '保存草稿'),
        item?.state === 'DRAFT'
          ? h(
              'button',
              {
                type: 'button',
                class: 'button primary',
                id: 'submit-item',
                onclick: () => this.submit(),
              },
              '提交审核',
            )
          : null,
        h(
          'a',
          { href: item ? `#/items/${item.id}` : '#/items', class: 'button secondary' },
          '返回',
        ),
      ),
    );
    showGround();
    summary.addEventListener('input', () => {
      replace(document.getElementById('item-summary-hint'), this.summaryHint(summary.value));
    });
    form.addEventListener('input', () => (this.dirty = true));
    form.addEventListener('change', () => (this.dirty = true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      busy(form, () => this.save());
    });
    return form;
  }

  summaryHint(text) {
    const n = [...text.trim()].length;
    const over = n - SUMMARY_MAX;
    return over > 0
      ? h('span', { class: 'over' }, `不超过 ${SUMMARY_MAX} 字；已输入 ${n} 字，超出 ${over} 字。`)
      : `不超过 ${SUMMARY_MAX} 字；已输入 ${n} 字。`;
  }

  async fillCatalogues(agencyId, selected) {
    const control = this.form.elements.catalogueId;
    const keep = selected ?? control.value;
    replace(control, h('option', { value: '' }, '请选择公开目录'));
    if (!agencyId) {
      return;
    }
    try {
      for (const [v, text] of catalogueOptions(await loadCatalogues(Number(agencyId)))) {
        control.append(h('option', { value: v, selected: String(v) === String(keep) }, text));
      }
    } catch (error) {
      this.errors.show(error);
    }
  }

  payload() {
    const f = this.form;
    const disclosure = valueOf(f, 'disclosure');
    const catalogue = valueOf(f, 'catalogueId');
    return {
      agencyId: Number(valueOf(f, 'agencyId')) || null,
      catalogueId: catalogue ? Number(catalogue) : null,
      title: valueOf(f, 'title'),
      summary: optional(f, 'summary'),
      body: this.body.value() || null,
      documentNumber: optional(f, 'documentNumber'),
      writtenOn: optional(f, 'writtenOn'),
      disclosure: disclosure || null,
      withholdGround: disclosure === 'WITHHELD' ? optional(f, 'withholdGround') : null,
      keywords: optional(f, 'keywords'),
      validity: optional(f, 'validity'),
      sourceName: optional(f, 'sourceName'),
      sourceUrl: optional(f, 'sourceUrl'),
    };
  }

  /** Saves; true when the item is stored and this screen stays (false after an error or a move). */
  async save({ quiet = false } = {}) {
    const { ctx } = this;
    this.errors.clear();
    this.saved.hidden = true;
    try {
      if (!this.item) {
        const created = await api.post('items', this.payload());
        this.dirty = false;
        ctx.navigate(
          `/items/${created.data.id}/edit`,
          '草稿已保存。现在可以上传附件，或提交审核。',
        );
        return false;
      }
      const before = this.item.state;
      const r = await api.put(`items/${this.item.id}`, this.payload(), { ifMatch: this.etag });
      this.item = r.data;
      this.etag = r.etag;
      this.dirty = false;
      if (r.data.state !== before) {
        ctx.navigate(`/items/${this.item.id}/edit`, `已保存，这是第 ${r.data.revision} 版草稿。`);
        return false;
      }
      if (!quiet) {
        replace(this.saved, h('p', {}, `已保存（${timeText(r.data.updatedAt)}）。`));
        this.saved.hidden = false;
      }
      return true;
    } catch (error) {
      this.showError(error);
      return false;
    }
  }

  async submit() {
    await busy(this.form, async () => {
      if (this.dirty && !(await this.save({ quiet: true }))) {
        return;
      }
      this.errors.clear();
      try {
        await api.post(`items/${this.item.id}/submit`, undefined, { ifMatch: this.etag });
        this.ctx.navigate(`/items/${this.item.id}`, '已提交审核。');
      } catch (error) {
        this.showError(error);
      }
    });
  }

  async mask() {
    await busy(this.form, async () => {
      if (this.dirty && !(await this.save({ quiet: true }))) {
        return;
      }
      try {
        await api.post(`items/${this.item.id}/mask-personal-data`, undefined, {
          ifMatch: this.etag,
        });
        this.ctx.navigate(
          `/items/${this.item.id}/edit`,
          '已遮盖个人信息（如 138****1234）。请核对后再提交审核。',
        );
      } catch (error) {
        this.showError(error);
      }
    });
  }

  showError(error) {
    if (error.status === 412) {
      this.errors.show(
        error,
        h(
          'div',
          { class: 'fix' },
          h(
            'p',
            {},
            '在你打开这条信息之后，有人修改并保存了它。为免覆盖对方的修改，你的保存没有生效。重新载入会显示最新内容，你尚未保存的修改将丢失（可先复制需要保留的文字）。',
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'button',
              onclick: () => this.ctx.navigate(`/items/${this.item.id}/edit`, '已载入最新版本。'),
            },
            '载入最新版本',
          ),
        ),
      );
      return;
    }
    for (const e of error.fieldErrors) {
      const m = /^attachments\[(\d+)\]\.(\w+)$/.exec(e.field || '');
      const file = m && this.attachments.find((a) => String(a.id) === m[1]);
      if (file) {
        e.message = `“${file.fileName}”${m[2] === 'fileName' ? '的文件名' : '的内容'}：${e.message}`;
      }
    }
    const personal = error.fieldErrors.some(
      (e) => PERSONAL_DATA.test(e.message) && !(e.field || '').startsWith('attachments'),
    );
    this.errors.show(
      error,
      this.item && personal
        ? h(
            'div',
            { class: 'fix' },
            h(
              'p',
              {},
              '可以一键遮盖标题、内容概述、正文、文号和关键词中的身份证号码、手机号码和银行卡号（按国家规范保留首尾几位，如 138****1234）。附件中的个人信息须替换附件。',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'button',
                id: 'mask-personal-data',
                onclick: () => this.mask(),
              },
              '一键遮盖个人信息',
            ),
          )
        : null,
    );
  }

  /** A draft the reviewers or the publication gates sent back: say why, in their words. */
  async showReturnedNote() {
    let history;
    try {
      history = (await api.get(`items/${this.item.id}/history`)).data;
    } catch (error) {
      return; // the editor works without it
    }
    const last = history.events[history.events.length - 1];
    if (!last || (last.action !== 'REJECTED' && last.action !== 'PUBLICATION_BLOCKED')) {
      return;
    }
    const who =
      last.action === 'REJECTED' ? `第 ${last.level} 级审核人 ${last.actor} ` : '发布检查';
    this.form.before(
      h(
        'div',
        { class: 'notice warning' },
        h('h2', { class: 'notice-title' }, `${label(ACTIONS, last.action)}：${who}退回了这条信息`),
        serverText(last.comment || '', 'p'),
        h('p', {}, '修改后请再次提交审核。'),
      ),
    );
  }

  attachmentsSection() {
    const draft = this.item.state === 'DRAFT';
    const list = h('div', {
      id: 'attachments',
      'data-field': 'attachments',
      'data-label': '附件',
      tabindex: '-1',
    });
    const section = h(
      'section',
      { class: 'attachments', 'aria-labelledby': 'attachments-title' },
      h('h2', { id: 'attachments-title' }, '附件'),
      h('p', { class: 'field-error', id: 'attachments-error', hidden: true }),
      list,
    );
    if (draft) {
      section.append(this.uploadForm(list));
    } else {
      section.append(
        h(
          'p',
          { class: 'hint' },
          '附件只能在草稿状态下增删。保存修改后，这条信息成为新的草稿，即可调整附件。',
        ),
      );
    }
    this.refreshAttachments(list, draft);
    return section;
  }

  uploadForm(list) {
    const form = h('form', { class: 'form upload', novalidate: true });
    const errors = new FormErrors(form);
    const file = h('input', {
      type: 'file',
      id: 'attachment-file',
      name: 'file',
      'data-field': 'name',
    });
    add(
      form,
      field({
        label: '上传附件',
        control: file,
        hint: 'PDF、Word、Excel、图片等。上传时会检查个人信息和密级标志。',
      }),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'button secondary' }, '上传'),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      errors.clear();
      const chosen = file.files[0];
      if (!chosen) {
        errors.show({
          status: 400,
          message: '请先选择要上传的文件。',
          fieldErrors: [{ field: 'name', message: '请选择文件。' }],
        });
        return;
      }
      busy(form, async () => {
        try {
          await api.request(`items/${this.item.id}/attachments`, {
            method: 'POST',
            query: { name: chosen.name },
            body: chosen,
            contentType: chosen.type || 'application/octet-stream',
          });
          file.value = '';
          this.ctx.announce(`已上传 ${chosen.name}`);
          await this.refreshAttachments(list, true);
        } catch (error) {
          errors.show(error);
        }
      });
    });
    return form;
  }

  async refreshAttachments(list, draft) {
    try {
      this.attachments = (await api.get(`items/${this.item.id}/attachments`)).data.items;
    } catch (error) {
      replace(list, problemBox(error));
      return;
    }
    if (!this.attachments.length) {
      replace(list, h('p', { class: 'empty' }, '暂无附件。'));
      return;
    }
    replace(
      list,
      attachmentTable(
        this.item.id,
        this.attachments,
        draft ? (a) => this.removeAttachment(a, list) : null,
      ),
    );
  }

  async removeAttachment(attachment, list) {
    const ok = await confirmDialog({
      title: '删除附件',
      message: `确定删除附件“${attachment.fileName}”吗？`,
      confirmLabel: '删除',
      danger: true,
    });
    if (!ok) {
      return;
    }
    try {
      await api.del(`items/${this.item.id}/attachments/${attachment.id}`);
      this.ctx.announce(`已删除 ${attachment.fileName}`);
      await this.refreshAttachments(list, true);
      list.focus();
    } catch (error) {
      list.prepend(problemBox(error));
    }
  }
}

/** The attachments as a table; `onRemove` adds a 删除 button to each. */
export function attachmentTable(itemId, attachments, onRemove = null) {
  return h(
    'table',
    { class: 'table' },
    h('caption', { class: 'visually-hidden' }, '附件列表'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['文件名', '类型', '大小', '上传人', '上传时间', onRemove ? '操作' : null]
          .filter(Boolean)
          .map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      attachments.map((a) =>
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row' },
            h(
              'a',
              { href: api.url(`items/${itemId}/attachments/${a.id}/content`).href },
              a.fileName,
            ),
          ),
          h('td', {}, a.mediaType),
          h('td', { class: 'nowrap' }, fileSize(a.size)),
          h('td', {}, a.createdBy),
          h('td', { class: 'nowrap' }, timeEl(a.createdAt)),
          onRemove
            ? h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'button secondary small',
                    onclick: () => onRemove(a),
                    'aria-label': `删除附件 ${a.fileName}`,
                  },
                  '删除',
                ),
              )
            : null,
        ),
      ),
    ),
  );
}

function editable(item) {
  if (item.state === 'IN_REVIEW' || item.state === 'WITHDRAWN') {
    return false;
  }
  // A signed proactive item is waiting for its release; it can be edited once published.
  return !(item.state === 'APPROVED' && item.disclosure === 'PROACTIVE');
}

function timeText(iso) {
  const t = timeEl(iso);
  return typeof t === 'string' ? t : t.textContent;
}
