// 发布管理 (公开办): publish jobs with what they wrote and what the gates found, the releases of the
// site with rollback, the deploy targets, and a full rebuild.

import * as api from '../api.js';
import { add, confirmDialog, h, replace, serverText, timeEl } from '../dom.js';
import { JOB_KINDS, JOB_STATES, label } from '../labels.js';
import { problemBox } from '../forms.js';

const PAGE_SIZE = 20;

export async function renderPublishing(view, ctx) {
  ctx.heading('发布管理');
  const page = Math.max(1, Number(ctx.query.get('page')) || 1);
  const outcome = h('div', { class: 'outcome' });
  const jobs = section('jobs', '发布任务');
  const releases = section('releases', '站点版本');
  const targets = section('targets', '部署目标');
  const rebuild = h(
    'button',
    { type: 'button', class: 'button secondary', id: 'rebuild' },
    '全量重建网站',
  );
  const refresh = h('button', { type: 'button', class: 'button secondary' }, '刷新');
  add(
    view,
    ctx.flash,
    h('div', { class: 'actions' }, refresh, rebuild),
    outcome,
    jobs.element,
    releases.element,
    targets.element,
  );

  const load = () =>
    Promise.all([
      fill(
        jobs.body,
        () => api.get('publish/jobs', { page, size: PAGE_SIZE }),
        (d) => jobTable(d, page),
      ),
      fill(
        releases.body,
        () => api.get('publish/releases'),
        (d) => releaseTable(d, ctx, outcome, load),
      ),
      fill(targets.body, () => api.get('publish/targets'), targetTable),
    ]);
  refresh.addEventListener('click', async () => {
    await load();
    ctx.announce('已刷新。');
  });
  rebuild.addEventListener('click', async () => {
    const ok = await confirmDialog({
      title: '全量重建网站',
      message:
        '将按当前已发布的内容重新生成整个网站（四个版本）。通常只在更换模板或排查问题时使用，可能需要几分钟。确定开始吗？',
      confirmLabel: '开始重建',
    });
    if (!ok) {
      return;
    }
    try {
      const job = (await api.post('publish/jobs/rebuild')).data;
      show(
        outcome,
        h(
          'div',
          { class: 'notice success', role: 'status' },
          h('p', {}, `已排队全量重建任务 #${job.id}。`),
        ),
      );
      await load();
    } catch (error) {
      show(outcome, problemBox(error));
    }
  });
  await load();
}

function section(id, title) {
  const body = h(
    'div',
    { class: 'results', 'aria-busy': 'true' },
    h('p', { class: 'loading' }, '正在载入…'),
  );
  const element = h(
    'section',
    { 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    body,
  );
  return { element, body };
}

async function fill(body, load, render) {
  body.setAttribute('aria-busy', 'true');
  try {
    replace(body, render((await load()).data));
  } catch (error) {
    replace(body, problemBox(error));
  } finally {
    body.removeAttribute('aria-busy');
  }
}

function show(outcome, element) {
  replace(outcome, element);
}

function jobTable(found, page) {
  if (!found.items.length) {
    return h('p', { class: 'empty' }, '还没有发布任务。');
  }
  const pages = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
  return [
    wrap(
      h(
        'table',
        { class: 'table', id: 'jobs-table' },
        h('caption', { class: 'visually-hidden' }, `发布任务，共 ${found.total} 个，最新的在前`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['任务', '类型', '信息', '状态', '写入页面', '检查发现', '申请人', '创建', '完成'].map(
              (t) => h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          found.items.map((j) =>
            h(
              'tr',
              { dataset: { state: j.state } },
              h('th', { scope: 'row' }, `#${j.id}`),
              h('td', {}, label(JOB_KINDS, j.kind)),
              h(
                'td',
                {},
                j.itemId
                  ? h(
                      'a',
                      { href: `#/items/${j.itemId}` },
                      `#${j.itemId}${j.revision ? ` 第 ${j.revision} 版` : ''}`,
                    )
                  : '—',
              ),
              h('td', {}, jobState(j)),
              h('td', { class: 'number' }, j.pagesWritten ?? '—'),
              h('td', {}, findings(j.findings)),
              h('td', {}, j.requestedBy || '—'),
              h('td', { class: 'nowrap' }, timeEl(j.createdAt)),
              h('td', { class: 'nowrap' }, timeEl(j.finishedAt)),
            ),
          ),
        ),
      ),
    ),
    pages > 1
      ? h(
          'nav',
          { class: 'pager', 'aria-label': '发布任务分页' },
          page > 1
            ? h(
                'a',
                { href: `#/publish?page=${page - 1}`, class: 'button secondary small' },
                '上一页',
              )
            : null,
          h('span', {}, `第 ${page} 页 / 共 ${pages} 页`),
          page < pages
            ? h(
                'a',
                { href: `#/publish?page=${page + 1}`, class: 'button secondary small' },
                '下一页',
              )
            : null,
        )
      : null,
  ];
}

function jobState(j) {
  return h(
    'span',
    {},
    h('span', { class: `state job-${j.state.toLowerCase()}` }, label(JOB_STATES, j.state)),
    j.attempts > 1 ? ` （第 ${j.attempts} 次尝试）` : null,
    j.error ? h('span', { class: 'detail' }, h('br'), serverText(j.error)) : null,
  );
}

/** The gate report: counts, and the findings themselves behind a disclosure widget. */
function findings(report) {
  if (!report) {
    return '—';
  }
  const blocking = report.blocking ?? 0;
  const warnings = report.warnings ?? 0;
  const summary = `${blocking} 个阻断，${warnings} 个提醒`;
  const list = Array.isArray(report.findings) ? report.findings : [];
  if (!list.length) {
    return summary;
  }
  return h(
    'details',
    {},
    h('summary', {}, summary),
    h(
      'ul',
      { class: 'findings' },
      list
        .slice(0, 50)
        .map((f) =>
          h(
            'li',
            {},
            h('strong', {}, f.blocking ? '阻断' : '提醒'),
            ` [${f.gate}] ${f.page}：`,
            serverText(f.message),
            f.fix ? [' — ', serverText(f.fix)] : null,
            f.criterion ? ` (${f.criterion})` : null,
          ),
        ),
      list.length > 50 ? h('li', {}, `另有 ${list.length - 50} 条未列出。`) : null,
    ),
  );
}

function releaseTable(found, ctx, outcome, reload) {
  if (!found.items.length) {
    return h('p', { class: 'empty' }, '网站还没有发布过。');
  }
  const live = found.items.find((r) => r.live);
  const rollback = h(
    'button',
    { type: 'button', class: 'button danger', id: 'rollback' },
    '回滚到上一版本',
  );
  rollback.disabled = !live?.parent;
  rollback.addEventListener('click', async () => {
    const ok = await confirmDialog({
      title: '回滚网站',
      message: `网站将从当前版本 ${live.id} 切换回上一版本 ${live.parent}。回滚后，此后发布的内容将从网站上消失，直到重新发布。确定回滚吗？`,
      confirmLabel: '确定回滚',
      danger: true,
    });
    if (!ok) {
      return;
    }
    try {
      const now = (await api.post('publish/releases/rollback')).data;
      replace(
        outcome,
        h(
          'div',
          { class: 'notice success', role: 'status' },
          h('p', {}, `已回滚，网站现在是版本 ${now.id}。`),
        ),
      );
      await reload();
    } catch (error) {
      replace(outcome, problemBox(error));
    }
  });
  return [
    h(
      'p',
      {},
      rollback,
      live?.parent ? null : h('span', { class: 'hint' }, ' 当前版本没有上一版本，不能回滚。'),
    ),
    wrap(
      h(
        'table',
        { class: 'table', id: 'releases-table' },
        h('caption', { class: 'visually-hidden' }, '站点版本，最新的在前'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['版本', '生成时间', '文件数', '写入', '复用', '删除', '状态', '说明'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          found.items.map((r) =>
            h(
              'tr',
              { class: r.live ? 'live' : null },
              h('th', { scope: 'row', class: 'mono nowrap' }, r.id),
              h('td', { class: 'nowrap' }, timeEl(r.createdAt)),
              h('td', { class: 'number' }, r.files),
              h('td', { class: 'number' }, r.written),
              h('td', { class: 'number' }, r.reused),
              h('td', { class: 'number' }, r.deleted),
              h('td', {}, r.live ? h('strong', { class: 'badge live' }, '线上版本') : '—'),
              h('td', {}, r.note ? serverText(r.note) : '—'),
            ),
          ),
        ),
      ),
    ),
  ];
}

function targetTable(found) {
  if (!found.items.length) {
    return h('p', { class: 'empty' }, '没有配置部署目标。');
  }
  return wrap(
    h(
      'table',
      { class: 'table' },
      h('caption', { class: 'visually-hidden' }, '部署目标'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['目标', '线上版本', '最近一次', '结果', '时间'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        found.items.map((t) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, t.name),
            h('td', { class: 'mono' }, t.live || '—'),
            h(
              'td',
              {},
              t.lastStep || '—',
              t.unreachable ? [h('br'), serverText(`无法连接：${t.unreachable}`)] : null,
            ),
            h(
              'td',
              {},
              t.lastSucceeded === null || t.lastSucceeded === undefined
                ? '—'
                : t.lastSucceeded
                  ? '成功'
                  : h('strong', {}, '失败'),
              t.lastDetail ? [h('br'), serverText(t.lastDetail)] : null,
            ),
            h('td', { class: 'nowrap' }, timeEl(t.lastAt)),
          ),
        ),
      ),
    ),
  );
}

function wrap(table) {
  return h(
    'div',
    {
      class: 'table-wrap',
      tabindex: '0',
      role: 'region',
      'aria-label': table.querySelector('caption')?.textContent || '表格',
    },
    table,
  );
}
