// 审计日志 (纪委/监督, 管理员): search the log, download the verifiable export (JSON Lines), and
// check that the hash chain is intact.

import * as api from '../api.js';
import { add, h, replace, serverText, timeEl } from '../dom.js';
import { FormErrors, field, input, problemBox } from '../forms.js';

const PAGE_SIZE = 50;
const FILTERS = ['actor', 'targetType', 'targetId', 'from', 'to'];

export async function renderAudit(view, ctx) {
  ctx.heading('审计日志');
  const values = Object.fromEntries(FILTERS.map((f) => [f, ctx.query.get(f) || '']));
  const page = Math.max(1, Number(ctx.query.get('page')) || 1);

  const filters = h('form', {
    class: 'filters',
    role: 'search',
    'aria-label': '筛选审计记录',
    novalidate: true,
  });
  const errors = new FormErrors(filters);
  add(
    filters,
    field({
      label: '操作人',
      control: input('audit-actor', 'actor', { value: values.actor, spellcheck: 'false' }),
    }),
    field({
      label: '对象类型',
      control: input('audit-target-type', 'targetType', { value: values.targetType }),
      hint: '如 items、session',
    }),
    field({
      label: '对象编号',
      control: input('audit-target-id', 'targetId', { value: values.targetId }),
    }),
    field({
      label: '起始时间',
      control: input('audit-from', 'from', {
        type: 'datetime-local',
        value: localValue(values.from),
      }),
    }),
    field({
      label: '截止时间',
      control: input('audit-to', 'to', { type: 'datetime-local', value: localValue(values.to) }),
    }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, '筛选')),
  );
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const f of FILTERS) {
      let v = filters.elements[f].value.trim();
      if (v && (f === 'from' || f === 'to')) {
        v = `${v.length === 16 ? `${v}:00` : v}+08:00`; // the console's times are Beijing time
      }
      if (v) {
        params.set(f, v);
      }
    }
    ctx.navigate(`/audit?${params}`);
  });

  const verifyOutcome = h('div', { class: 'outcome' });
  const verify = h(
    'button',
    { type: 'button', class: 'button secondary', id: 'verify-audit' },
    '校验哈希链',
  );
  verify.addEventListener('click', async () => {
    verify.disabled = true;
    try {
      const v = (await api.get('audit/verify')).data;
      replace(
        verifyOutcome,
        v.intact
          ? h(
              'div',
              { class: 'notice success', role: 'status' },
              h('p', {}, `哈希链完整：共 ${v.entries} 条记录，未发现篡改。`),
              h('p', { class: 'mono' }, `末条哈希 ${v.lastHash}`),
            )
          : h(
              'div',
              { class: 'notice error', role: 'alert' },
              h(
                'p',
                {},
                h('strong', {}, '哈希链不完整：'),
                `共 ${v.entries} 条记录，从第 ${v.firstBrokenEntry} 号记录起与前一条对不上，记录可能被改动或删除。请保存导出文件并报告。`,
              ),
            ),
      );
    } catch (error) {
      replace(verifyOutcome, problemBox(error));
    } finally {
      verify.disabled = false;
    }
  });

  const results = h(
    'div',
    { class: 'results', 'aria-busy': 'true' },
    h('p', { class: 'loading' }, '正在载入…'),
  );
  add(
    view,
    ctx.flash,
    h(
      'p',
      { class: 'lead' },
      '每一次修改和每一次被拒绝的操作都记入审计日志。记录首尾相连（哈希链），任何改动都能被校验发现。',
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'a',
        {
          href: api.url('audit/export').href,
          class: 'button secondary',
          download: 'gongkai-audit.ndjson',
        },
        '导出全部记录（JSON Lines）',
      ),
      verify,
    ),
    verifyOutcome,
    filters,
    results,
  );

  let found;
  try {
    found = (await api.get('audit', { ...values, page, size: PAGE_SIZE })).data;
  } catch (error) {
    results.removeAttribute('aria-busy');
    if (error.fieldErrors.length) {
      errors.show(error);
      replace(results);
    } else {
      replace(results, problemBox(error));
    }
    return;
  }
  results.removeAttribute('aria-busy');
  replace(results, table(found), pager(found.total, page, values));
}

function table(found) {
  if (!found.items.length) {
    return h('p', { class: 'empty' }, '没有符合条件的记录。');
  }
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': '审计记录' },
    h(
      'table',
      { class: 'table', id: 'audit-table' },
      h('caption', {}, `共 ${found.total} 条记录，最新的在前`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['编号', '时间', '操作人', '操作', '对象', '来源地址', '结果', '说明'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        found.items.map((e) =>
          h(
            'tr',
            { class: e.outcome === 'OK' ? null : 'refused' },
            h('th', { scope: 'row', class: 'number' }, e.id),
            h('td', { class: 'nowrap' }, timeEl(e.at)),
            h('td', {}, e.actor),
            h('td', { class: 'mono nowrap' }, e.action),
            h('td', {}, [e.targetType, e.targetId].filter(Boolean).join(' #') || '—'),
            h('td', { class: 'mono nowrap' }, e.remoteAddress || '—'),
            h(
              'td',
              { class: 'nowrap' },
              { OK: '成功', REFUSED: '被拒绝', ERROR: '出错' }[e.outcome] ?? e.outcome,
            ),
            h('td', {}, e.detail ? serverText(e.detail) : '—'),
          ),
        ),
      ),
    ),
  );
}

function pager(total, page, values) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) {
    return null;
  }
  const link = (p, text) => {
    const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
    params.set('page', p);
    return h('a', { href: `#/audit?${params}`, class: 'button secondary small' }, text);
  };
  return h(
    'nav',
    { class: 'pager', 'aria-label': '分页' },
    page > 1 ? link(page - 1, '上一页') : null,
    h('span', {}, `第 ${page} 页 / 共 ${pages} 页`),
    page < pages ? link(page + 1, '下一页') : null,
  );
}

/** An ISO time with offset (from the address) as a datetime-local value, in Beijing time. */
function localValue(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return '';
  }
  const beijing = new Date(d.getTime() + 8 * 3600 * 1000);
  return beijing.toISOString().slice(0, 16);
}
