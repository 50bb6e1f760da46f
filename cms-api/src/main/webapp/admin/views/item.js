// 信息详情: the item read-only (what a reviewer signs), then what the signed-in roles may do with
// it — 审核 (decision + 保密审查 record) for the reviewer of the awaited level, 撤销 for the
// disclosure office — and the history with each review's confidentiality record.

import * as api from '../api.js';
import { add, confirmDialog, h, replace, safeFragment, serverText, timeEl } from '../dom.js';
import {
  ACTIONS,
  CONCLUSIONS,
  DISCLOSURES,
  REVIEW_LEVELS,
  STATES,
  VALIDITIES,
  WITHHOLD_GROUNDS,
  label,
} from '../labels.js';
import { FormErrors, busy, field, optional, radios, select, textarea, valueOf } from '../forms.js';
import { attachmentTable } from './editor.js';
import { deadline, reviewLevel } from './items.js';
import { loadAgencies, loadCatalogues } from './catalogues.js';

export async function renderItem(view, ctx) {
  const id = Number(ctx.params[0]);
  const title = ctx.heading('信息详情');
  add(view, ctx.flash);
  const [{ data: item }, history, attachments] = await Promise.all([
    api.get(`items/${id}`),
    api.get(`items/${id}/history`).then(
      (r) => r.data,
      () => null,
    ),
    api.get(`items/${id}/attachments`).then(
      (r) => r.data.items,
      () => [],
    ),
  ]);
  replace(title, item.title);
  document.title = `${item.title} - 政务公开管理后台`;

  const mayReview =
    ctx.can.review && item.state === 'IN_REVIEW' && ctx.me.reviewLevel === item.reviewLevel;
  const mayEdit = ctx.can.write && ['DRAFT', 'PUBLISHED'].includes(item.state);
  const mayWithdraw = ctx.can.office && item.live && item.state !== 'WITHDRAWN';

  add(
    view,
    h(
      'div',
      { class: 'actions' },
      mayEdit
        ? h(
            'a',
            { href: `#/items/${item.id}/edit`, class: 'button' },
            item.state === 'DRAFT' ? '编辑 / 提交审核' : '修改（生成新版本）',
          )
        : null,
      mayReview
        ? h(
            'a',
            { href: '#review', class: 'button', onclick: jumpTo('review-form') },
            '填写审核意见',
          )
        : null,
      item.url
        ? h(
            'a',
            {
              href: new URL(`../site/${item.url}`, document.baseURI).href,
              class: 'button secondary',
            },
            '在网站上查看',
          )
        : null,
    ),
    await metadata(item),
    item.state === 'IN_REVIEW' && !mayReview
      ? h(
          'div',
          { class: 'notice' },
          h(
            'p',
            {},
            `这条信息正在等待第 ${item.reviewLevel} 级审核（${label(REVIEW_LEVELS, item.reviewLevel)}）。`,
          ),
        )
      : null,
    content(item),
    attachments.length
      ? h(
          'section',
          { 'aria-labelledby': 'attachments-title' },
          h('h2', { id: 'attachments-title' }, '附件'),
          attachmentTable(item.id, attachments),
        )
      : null,
    mayReview ? reviewForm(item, ctx) : null,
    mayWithdraw ? withdrawForm(item, ctx) : null,
    history ? historySection(history) : null,
  );
}

function jumpTo(id) {
  return (event) => {
    event.preventDefault();
    const target = document.getElementById(id);
    target.scrollIntoView();
    target.querySelector('h2')?.focus();
  };
}

async function metadata(item) {
  let agency = String(item.agencyId);
  let catalogue = String(item.catalogueId);
  try {
    agency = (await loadAgencies()).find((a) => a.id === item.agencyId)?.name ?? agency;
    catalogue =
      (await loadCatalogues(item.agencyId)).find((c) => c.id === item.catalogueId)?.name ??
      catalogue;
  } catch (e) {
    // ids stand in for names
  }
  const rows = [
    [
      '状态',
      h(
        'span',
        { class: `state state-${item.state.toLowerCase()}`, id: 'item-state' },
        label(STATES, item.state),
      ),
    ],
    ['审核级别', reviewLevel(item)],
    ['索引号', item.indexNumber || '签发后由系统生成'],
    ['发布机构', agency],
    ['公开目录', catalogue],
    ['文号', item.documentNumber || '—'],
    ['成文日期', item.writtenOn || '—'],
    ['公开属性', label(DISCLOSURES, item.disclosure)],
    item.withholdGround ? ['不予公开理由', label(WITHHOLD_GROUNDS, item.withholdGround)] : null,
    ['关键词', item.keywords || '—'],
    ['有效性', label(VALIDITIES, item.validity)],
    ['公开时限', deadline(item)],
    ['拟稿人', item.drafter],
    [
      '版本',
      `第 ${item.revision} 版${item.liveRevision ? `（网站上为第 ${item.liveRevision} 版）` : ''}`,
    ],
    ['发布时间', timeEl(item.publishedAt)],
    item.sourceName
      ? [
          '信息来源',
          item.sourceUrl ? h('a', { href: item.sourceUrl }, item.sourceName) : item.sourceName,
        ]
      : null,
    item.withdrawalReason ? ['撤销理由', serverText(item.withdrawalReason)] : null,
    ['最后修改', timeEl(item.updatedAt)],
  ].filter(Boolean);
  return h(
    'section',
    { 'aria-labelledby': 'meta-title' },
    h('h2', { id: 'meta-title', class: 'visually-hidden' }, '信息属性'),
    h(
      'dl',
      { class: 'summary-list' },
      rows.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))),
    ),
  );
}

function content(item) {
  return h(
    'section',
    { 'aria-labelledby': 'content-title', class: 'content' },
    h('h2', { id: 'content-title' }, '内容'),
    h('h3', {}, '内容概述'),
    item.summary ? serverText(item.summary, 'p') : h('p', { class: 'empty' }, '（未填写）'),
    h('h3', {}, '正文'),
    item.body
      ? h(
          'div',
          { class: 'body-preview', tabindex: '0', role: 'region', 'aria-label': '正文' },
          safeFragment(item.body),
        )
      : h('p', { class: 'empty' }, '（无正文）'),
  );
}

function reviewForm(item, ctx) {
  const level = item.reviewLevel;
  const form = h('form', { class: 'form', novalidate: true, id: 'review-form-fields' });
  const errors = new FormErrors(form);
  add(
    form,
    radios({
      id: 'review-decision',
      apiField: 'decision',
      legend: '审核结论',
      options: [
        ['APPROVE', '同意'],
        ['REJECT', '退回修改'],
      ],
      required: true,
    }),
    field({
      label: '审核意见',
      control: textarea('review-comment', 'comment', { rows: 3 }),
      hint: '退回时必填，写明需要修改的地方。',
    }),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, '保密审查'),
      h(
        'p',
        { class: 'hint' },
        `审查对象：《${item.title}》${item.documentNumber ? ` ${item.documentNumber}` : ''}。同意发布时必须填写审查结论。`,
      ),
      radios({
        id: 'review-conclusion',
        apiField: 'confidentiality.conclusion',
        legend: '审查结论',
        options: Object.entries(CONCLUSIONS),
      }),
      field({
        label: '不予公开理由（如有）',
        control: select(
          'review-ground',
          'confidentiality.ground',
          Object.entries(WITHHOLD_GROUNDS),
          { empty: '无' },
        ),
      }),
      field({
        label: '审查意见',
        control: textarea('review-opinion', 'confidentiality.opinion', { rows: 2 }),
      }),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button', id: 'submit-review' }, '提交审核意见'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.clear();
    const decision = valueOf(form, 'decision');
    const conclusion = optional(form, 'confidentiality.conclusion');
    const ground = optional(form, 'confidentiality.ground');
    const opinion = optional(form, 'confidentiality.opinion');
    busy(form, async () => {
      try {
        await api.post(`items/${item.id}/reviews`, {
          decision: decision || null,
          comment: optional(form, 'comment'),
          confidentiality: conclusion || ground || opinion ? { conclusion, ground, opinion } : null,
        });
        ctx.navigate(
          `/items/${item.id}`,
          decision === 'APPROVE' ? `已签署第 ${level} 级审核意见：同意。` : '已退回拟稿人修改。',
        );
      } catch (error) {
        errors.show(error);
      }
    });
  });
  return h(
    'section',
    { id: 'review-form', class: 'panel', 'aria-labelledby': 'review-title' },
    h(
      'h2',
      { id: 'review-title', tabindex: '-1' },
      `第 ${level} 级审核（${label(REVIEW_LEVELS, level)}）`,
    ),
    form,
  );
}

function withdrawForm(item, ctx) {
  const form = h('form', { class: 'form', novalidate: true });
  const errors = new FormErrors(form);
  add(
    form,
    field({
      label: '撤销理由',
      control: textarea('withdraw-reason', 'reason', { rows: 2 }),
      hint: '理由会显示在网站上替代原页面的撤销说明中。',
      required: true,
    }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button danger' }, '撤销发布'),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.clear();
    const ok = await confirmDialog({
      title: '撤销发布',
      message: `确定撤销“${item.title}”吗？网站上的页面将替换为撤销说明。`,
      confirmLabel: '撤销发布',
      danger: true,
    });
    if (!ok) {
      return;
    }
    busy(form, async () => {
      try {
        await api.post(`items/${item.id}/withdraw`, { reason: valueOf(form, 'reason') });
        ctx.navigate(`/items/${item.id}`, '已申请撤销。发布任务完成后，网站上将显示撤销说明。');
      } catch (error) {
        errors.show(error);
      }
    });
  });
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'withdraw-title' },
    h('h2', { id: 'withdraw-title' }, '撤销（公开办）'),
    form,
  );
}

function historySection(history) {
  return h(
    'section',
    { 'aria-labelledby': 'history-title' },
    h('h2', { id: 'history-title' }, '审核与操作记录'),
    h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': '操作记录' },
      h(
        'table',
        { class: 'table', id: 'history-table' },
        h('caption', { class: 'visually-hidden' }, '操作记录，按时间先后'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['时间', '操作', '操作人', '级别', '状态', '意见', '保密审查记录'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          history.events.map((e) =>
            h(
              'tr',
              { dataset: { action: e.action } },
              h('td', { class: 'nowrap' }, timeEl(e.at)),
              h('th', { scope: 'row' }, label(ACTIONS, e.action)),
              h('td', {}, e.actor),
              h('td', {}, e.level ? `第 ${e.level} 级` : '—'),
              h(
                'td',
                { class: 'nowrap' },
                e.fromState
                  ? `${label(STATES, e.fromState)} → ${label(STATES, e.toState)}`
                  : label(STATES, e.toState),
              ),
              h('td', {}, e.comment ? serverText(e.comment) : '—'),
              h('td', {}, confidentiality(e.confidentiality)),
            ),
          ),
        ),
      ),
    ),
    history.revisions.length
      ? h(
          'table',
          { class: 'table' },
          h('caption', {}, '已签发版本'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['版本', '标题', '签发人', '签发时间'].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            history.revisions.map((r) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, `第 ${r.revision} 版`),
                h('td', {}, r.title),
                h('td', {}, r.signedBy),
                h('td', {}, timeEl(r.signedAt)),
              ),
            ),
          ),
        )
      : null,
  );
}

/** 保密审查记录 (seed 003 第9条): conclusion, ground, opinion and what was reviewed. */
function confidentiality(c) {
  if (!c) {
    return '—';
  }
  const rows = [
    ['结论', c.conclusionLabel || label(CONCLUSIONS, c.conclusion)],
    c.ground ? ['不予公开理由', label(WITHHOLD_GROUNDS, c.ground)] : null,
    c.opinion ? ['审查意见', serverText(c.opinion)] : null,
    c.reviewedTitle
      ? [
          '审查对象',
          `《${c.reviewedTitle}》${c.reviewedReference ? ` ${c.reviewedReference}` : ''}`,
        ]
      : null,
  ].filter(Boolean);
  return h(
    'dl',
    { class: 'record' },
    rows.map(([k, v]) => h('div', {}, h('dt', {}, `${k}：`), h('dd', {}, v))),
  );
}
