// 信息列表: GET /api/items with state, catalogue and full-text filters, twenty a page. The filters
// live in the address (#/items?state=DRAFT&q=…), so Back and a bookmark keep them.

import * as api from '../api.js';
import { add, h, replace, timeEl } from '../dom.js';
import { STATES, label } from '../labels.js';
import { field, input, problemBox, select } from '../forms.js';
import { catalogueOptions, loadCatalogues } from './catalogues.js';

const PAGE_SIZE = 20;

export async function renderItemList(view, ctx) {
  const state = ctx.query.get('state') || '';
  const q = ctx.query.get('q') || '';
  const catalogue = ctx.query.get('catalogue') || '';
  const page = Math.max(1, Number(ctx.query.get('page')) || 1);
  ctx.heading(state === 'IN_REVIEW' && ctx.can.review ? '待审核信息' : '信息列表');

  const catalogueSelect = select('filter-catalogue', 'catalogue', [], {
    empty: '全部目录',
    value: catalogue,
  });
  const filters = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': '筛选信息', novalidate: true },
    field({
      label: '状态',
      control: select('filter-state', 'state', Object.entries(STATES), {
        empty: '全部状态',
        value: state,
      }),
    }),
    field({ label: '公开目录', control: catalogueSelect }),
    field({
      label: '全文检索',
      control: input('filter-q', 'q', { type: 'search', value: q }),
      hint: '标题、正文、文号、关键词',
      className: 'grow',
    }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, '筛选')),
  );
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = {
      state: filters.elements.state.value,
      catalogue: catalogueSelect.value,
      q: filters.elements.q.value.trim(),
    };
    ctx.navigate(`/items?${query(chosen)}`);
  });

  const results = h(
    'div',
    { class: 'results', 'aria-busy': 'true' },
    h('p', { class: 'loading' }, '正在载入…'),
  );
  add(
    view,
    ctx.flash,
    ctx.can.write ? h('p', {}, h('a', { href: '#/items/new', class: 'button' }, '新建信息')) : null,
    filters,
    results,
  );

  if (ctx.me.agencyId) {
    loadCatalogues(ctx.me.agencyId)
      .then((all) => {
        for (const [v, text] of catalogueOptions(all)) {
          catalogueSelect.append(
            h('option', { value: v, selected: String(v) === catalogue }, text),
          );
        }
      })
      .catch(() => {}); // the list works without the catalogue filter
  }

  let found;
  try {
    found = (await api.get('items', { state, q, catalogue, page, size: PAGE_SIZE })).data;
  } catch (error) {
    results.removeAttribute('aria-busy');
    replace(results, problemBox(error));
    return;
  }
  results.removeAttribute('aria-busy');
  replace(results, table(found, ctx), pager(found.total, page, { state, q, catalogue }));
  ctx.announce(found.total ? `共 ${found.total} 条信息` : '没有符合条件的信息');
}

function table(found, ctx) {
  if (!found.items.length) {
    return h('p', { class: 'empty' }, '没有符合条件的信息。');
  }
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'items-caption' },
    h(
      'table',
      { class: 'table', id: 'items-table' },
      h('caption', { id: 'items-caption' }, `共 ${found.total} 条信息`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['标题', '状态', '审核级别', '索引号', '公开时限', '更新时间'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        found.items.map((item) => row(item, ctx)),
      ),
    ),
  );
}

function row(item, ctx) {
  const editable = ctx.can.write && item.state === 'DRAFT';
  const href = editable ? `#/items/${item.id}/edit` : `#/items/${item.id}`;
  return h(
    'tr',
    { dataset: { itemId: item.id, state: item.state }, class: item.overdue ? 'overdue' : null },
    h('th', { scope: 'row', class: 'title-cell' }, h('a', { href }, item.title)),
    h(
      'td',
      {},
      h('span', { class: `state state-${item.state.toLowerCase()}` }, label(STATES, item.state)),
    ),
    h('td', {}, reviewLevel(item)),
    h('td', { class: 'nowrap' }, item.indexNumber || '—'),
    h('td', { class: 'nowrap' }, deadline(item)),
    h('td', { class: 'nowrap' }, timeEl(item.updatedAt)),
  );
}

/** 审核级别: where a review stands (第 2 级 / 共 3 级). */
export function reviewLevel(item) {
  if (item.state === 'IN_REVIEW') {
    return `第 ${item.reviewLevel} 级 / 共 ${item.requiredLevels} 级`;
  }
  if (item.state === 'APPROVED' || item.state === 'PUBLISHED') {
    return `已签发（${item.requiredLevels} 级）`;
  }
  return '—';
}

/** 公开时限, with 逾期 in words and an icon as well as colour. */
export function deadline(item) {
  if (!item.disclosureDeadline) {
    return '—';
  }
  const date = h('time', { datetime: item.disclosureDeadline }, item.disclosureDeadline);
  if (!item.overdue) {
    return date;
  }
  return h(
    'span',
    {},
    date,
    ' ',
    h('strong', { class: 'badge overdue' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), '逾期'),
  );
}

function pager(total, page, filters) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) {
    return null;
  }
  const link = (p, text, rel) =>
    h(
      'a',
      { href: `#/items?${query({ ...filters, page: p })}`, rel, class: 'button secondary small' },
      text,
    );
  return h(
    'nav',
    { class: 'pager', 'aria-label': '分页' },
    page > 1 ? link(page - 1, '上一页', 'prev') : null,
    h('span', { 'aria-current': 'page' }, `第 ${page} 页 / 共 ${pages} 页`),
    page < pages ? link(page + 1, '下一页', 'next') : null,
  );
}

function query(values) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v !== '' && v !== null && v !== undefined && !(k === 'page' && Number(v) === 1)) {
      params.set(k, v);
    }
  }
  return params.toString();
}
