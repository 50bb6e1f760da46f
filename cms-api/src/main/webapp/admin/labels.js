// The Chinese names of the API's codes (enum values), as the people who use the console say them.
// Kept in step with content-model's enums (ItemState, Disclosure, WithholdGround, Validity,
// ConfidentialityConclusion, ItemAction, Role) and the publish job's states.

export const STATES = {
  DRAFT: '草稿',
  IN_REVIEW: '审核中',
  APPROVED: '已签发待发布',
  PUBLISHED: '已发布',
  WITHDRAWN: '已撤销',
};

export const DISCLOSURES = {
  PROACTIVE: '主动公开',
  ON_APPLICATION: '依申请公开',
  WITHHELD: '不予公开',
};

/** 条例 2019 第14–16条, in the order the annual report counts them. */
export const WITHHOLD_GROUNDS = {
  STATE_SECRET: '属于国家秘密',
  PROHIBITED_BY_LAW: '其他法律行政法规禁止公开',
  SECURITY_AND_STABILITY: '危及“三安全一稳定”',
  THIRD_PARTY_RIGHTS: '保护第三方合法权益',
  INTERNAL_AFFAIRS: '属于三类内部事务信息',
  PROCESS_INFORMATION: '属于四类过程性信息',
  ENFORCEMENT_FILES: '属于行政执法案卷',
  ADMINISTRATIVE_QUERY: '属于行政查询事项',
};

export const VALIDITIES = {
  EFFECTIVE: '有效',
  AMENDED: '已修改',
  REPEALED: '已废止',
  EXPIRED: '失效',
};

export const CONCLUSIONS = {
  NOT_SECRET: '不涉密，可以公开',
  DECLASSIFIED: '经解密、去除密级标志后可以公开',
  SECRET: '涉及国家秘密，不得公开',
  DEFERRED: '暂缓公开，待确定是否涉密',
};

export const ACTIONS = {
  CREATED: '创建',
  EDITED: '修改',
  SUBMITTED: '提交审核',
  APPROVED: '审核同意',
  REJECTED: '退回修改',
  SIGNED_OFF: '签发',
  PUBLISHED: '发布',
  PUBLICATION_BLOCKED: '发布检查未通过',
  WITHDRAWAL_REQUESTED: '申请撤销',
  WITHDRAWN: '撤销',
};

export const ROLES = {
  DRAFTER: '信息员',
  REVIEWER: '审核人',
  OFFICE: '公开办',
  ADMIN: '管理员',
  AUDITOR: '纪委监督',
};

/** 一级/二级/三级审核 by the level a reviewer signs. */
export const REVIEW_LEVELS = { 1: '科室负责人', 2: '分管领导', 3: '主要领导' };

/** PublishJobState; a FAILED job was retried until its attempts ran out. */
export const JOB_STATES = {
  PENDING: '排队中',
  RUNNING: '进行中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
};

export const JOB_KINDS = {
  ITEM: '信息发布',
  WITHDRAWAL: '撤销通知',
  GUIDE: '公开指南',
  CATALOGUE: '目录调整',
  FULL: '全量重建',
};

/** The label of a code, or the code itself when this console does not know it yet. */
export function label(table, code) {
  if (code === null || code === undefined || code === '') {
    return '—';
  }
  return table[code] ?? code;
}
