import { z } from 'zod'
import { CLAIM_STATUSES, EVENT_TYPES, GIFT_FORMS, MONEY_PATTERNS, RULE_SEVERITIES } from '../budget-terms'
import { CLAIM_ROLES, CLAIM_STEP_ROLES } from '../claim-access'
import { FUND_NATURES, SPEND_TYPES } from '../ledger-terms'
import { MAX_FEN } from '../money'
import { empty, id, ok, optionalText, text, byId, fileOutput, numberColumns, textColumns, nullableTextColumns } from './fields'
import { isoDate } from './dates'
import { method, reads, writes } from './define'
import { LEDGER_MANAGERS } from '../roles'

/** Attachments travel as base64 inside the JSON body, whose limit is 20 MB: 10 MB of file fits with room. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

const positiveFen = (label: string) => z.number().int('金额须为整数分').positive('金额须大于 0').max(MAX_FEN).meta({ title: label })
const nullableId = (label: string) => z.number().int().positive().nullable().default(null).meta({ title: label })

export const claimLineInput = z
  .object({
    accountId: id('支出科目'),
    summary: text('摘要', 100),
    amount: positiveFen('金额'),
    invoiceCode: z
      .string()
      .trim()
      .regex(/^(\d{10}|\d{12})$/, '发票代码须为 10 位或 12 位数字')
      .nullable()
      .default(null)
      .meta({ title: '发票代码' }),
    invoiceNo: z.string().trim().max(40).nullable().default(null).meta({ title: '发票号码' }),
    invoiceDate: isoDate('发票日期').nullable().default(null),
    beneficiaries: z.number().int().min(1).max(1_000_000).nullable().default(null).meta({ title: '受益人数' }),
    beneficiaryList: z.array(z.string().trim().min(1).max(30)).max(5000).nullable().default(null).meta({ title: '受益人名单' }),
    /** 参与人数 of the event: share-of-participants rules (获奖 ≤ ⅔) compare with it, else with the union's members. */
    participants: z.number().int().min(1).max(1_000_000).nullable().default(null).meta({ title: '参与人数' }),
    budgetLineId: nullableId('预算项目'),
    eventType: z.enum(EVENT_TYPES).nullable().default(null).meta({ title: '事项类型' }),
    form: z.enum(GIFT_FORMS).nullable().default(null).meta({ title: '发放形式' }),
    /** Taken from the budget line when one is chosen; otherwise as given (非专项/基本支出 when blank). */
    fundNature: z.enum(FUND_NATURES).nullable().default(null).meta({ title: '资金性质' }),
    spendType: z.enum(SPEND_TYPES).nullable().default(null).meta({ title: '支出类型' }),
    projectId: nullableId('项目'),
  })
  .strict()
  .superRefine((line, ctx) => {
    // 发票查重 compares (发票代码, 发票号码): a paper invoice has both, a 全电发票 only its 20-digit number.
    if (line.invoiceCode === null) return
    if (line.invoiceNo === null) ctx.addIssue({ code: 'custom', path: ['invoiceNo'], message: '填了发票代码，还须填写 8 位发票号码' })
    else if (!/^\d{8}$/.test(line.invoiceNo)) {
      const message = /^\d{20}$/.test(line.invoiceNo) ? '全电发票只填 20 位发票号码，发票代码须留空' : '纸质发票的发票号码须为 8 位数字'
      ctx.addIssue({ code: 'custom', path: ['invoiceNo'], message })
    }
  })
  .meta({ title: '报账明细' })

const claimFilter = z
  .object({
    ledgerId: nullableId('账套'),
    unionId: nullableId('工会组织'),
    status: z.enum(CLAIM_STATUSES).nullable().default(null).meta({ title: '状态' }),
    from: isoDate('开始日期').nullable().default(null),
    to: isoDate('结束日期').nullable().default(null),
    text: z.string().trim().max(60).default('').meta({ title: '关键字' }),
  })
  .strict()
export type ClaimFilter = z.output<typeof claimFilter>

export const claimRow = z.object({
  ...numberColumns('id', 'ledgerId'),
  ledgerName: z.string(),
  unionId: z.number().nullable(),
  unionName: z.string().nullable(),
  ...textColumns('number', 'title'),
  status: z.enum(CLAIM_STATUSES),
  payFrom: z.enum(MONEY_PATTERNS),
  ...numberColumns('total', 'lineCount', 'attachmentCount'),
  createdBy: z.string(),
  /** Local calendar day the claim was made (the register's date filter works on it). */
  createdOn: z.string(),
  voucherId: z.number().nullable(),
  voucherLabel: z.string().nullable(),
})
export type ClaimRow = z.infer<typeof claimRow>

const lineView = z.object({
  ...numberColumns('lineNo', 'accountId'),
  ...textColumns('accountCode', 'accountName', 'summary'),
  amount: z.number(),
  ...nullableTextColumns('invoiceCode', 'invoiceNo', 'invoiceDate'),
  beneficiaries: z.number().nullable(),
  beneficiaryList: z.array(z.string()).nullable(),
  participants: z.number().nullable(),
  budgetLineId: z.number().nullable(),
  ...nullableTextColumns('budgetLineLabel', 'eventType', 'form'),
  fundNature: z.enum(FUND_NATURES),
  spendType: z.enum(SPEND_TYPES).nullable(),
  projectId: z.number().nullable(),
})

export const attachmentRow = z.object({ id: z.number(), ...textColumns('fileName', 'mimeType'), size: z.number(), ...textColumns('sha256', 'uploadedBy', 'uploadedAt') })

const eventRow = z.object({
  action: z.string(),
  fromStatus: z.enum(CLAIM_STATUSES).nullable(),
  toStatus: z.enum(CLAIM_STATUSES),
  ...textColumns('user', 'at'),
  comment: z.string().nullable(),
})

/** Budget control for one budget line the claim draws on (all 分): remaining is after this claim. */
export const budgetCheckRow = z.object({ budgetLineId: z.number(), label: z.string(), ...numberColumns('budget', 'used', 'pending', 'thisClaim', 'remaining'), over: z.boolean() })
export type BudgetCheckRow = z.infer<typeof budgetCheckRow>

export const ruleFinding = z.object({ ruleId: z.number().nullable(), lineNo: z.number().nullable(), severity: z.enum(RULE_SEVERITIES), message: z.string() })
export type RuleFinding = z.infer<typeof ruleFinding>

export const CLAIM_ACTIONS = ['edit', 'submit', 'withdraw', 'approve', 'check', 'pay', 'return', 'reverse'] as const
export type ClaimAction = (typeof CLAIM_ACTIONS)[number]

export const claimView = claimRow.extend({
  collectiveDecision: z.boolean(),
  collectiveNote: z.string().nullable(),
  /** Above this total the approver must record a 集体决策. */
  collectiveThreshold: z.number(),
  totalInWords: z.string(),
  lines: z.array(lineView),
  attachments: z.array(attachmentRow),
  events: z.array(eventRow),
  budget: z.array(budgetCheckRow),
  overBudgetMode: z.enum(['block', 'warn']),
  findings: z.array(ruleFinding),
  /** 已冲销: the red voucher and the reason given. */
  reversal: z.object({ voucherId: z.number(), voucherLabel: z.string(), reason: z.string() }).nullable(),
  /** What the caller may do now (the buttons the UI shows). */
  actions: z.array(z.enum(CLAIM_ACTIONS)),
})
export type ClaimView = z.infer<typeof claimView>

const option = z.object({ id: z.number(), code: z.string(), name: z.string() })
/** An account to pick; `mnemonic` (助记码, pinyin initials) lets the form search like voucher entry does. */
const accountOption = option.extend({ mnemonic: z.string() })

export const claimBudgetLine = z.object({
  id: z.number(),
  label: z.string(),
  accountId: z.number(),
  accountCode: z.string(),
  fundNature: z.enum(FUND_NATURES),
  spendType: z.enum(SPEND_TYPES).nullable(),
  projectId: z.number().nullable(),
  remaining: z.number(),
})

const withComment = { comment: optionalText('意见', 300) }
const step = <S extends z.ZodRawShape = Record<never, never>>(title: string, access: readonly (typeof CLAIM_ROLES)[number][], extra: S = {} as S) =>
  method({ title, input: z.object({ id: id('报账单'), ...withComment, ...extra }).strict(), output: ok, ...writes(access) })

export const claimsContract = {
  'claims.scope': method({
    title: '查询可报账的账套',
    input: empty,
    output: z.array(option.extend({ unionId: z.number().nullable(), unions: z.array(z.object({ id: z.number(), name: z.string() })) })),
    ...reads(CLAIM_ROLES),
  }),
  'claims.options': method({
    title: '查询报账可选项',
    input: z.object({ ledgerId: id('账套'), year: z.number().int().min(2000).max(2100).meta({ title: '年度' }) }).strict(),
    output: z.object({
      accounts: z.array(accountOption),
      budgetLines: z.array(claimBudgetLine),
      payAccounts: z.object({ own_account: z.array(accountOption), pooled: z.array(accountOption) }),
      /** 报账制 from a 小二级 账套: the 102 accounts of the 街镇 账套 above it, which the money leaves. */
      streetBankAccounts: z.array(accountOption),
      collectiveThreshold: z.number(),
    }),
    ...reads(CLAIM_ROLES),
  }),
  'claims.list': method({
    title: '查询报账登记簿',
    input: claimFilter,
    output: z.object({ rows: z.array(claimRow), count: z.number(), total: z.number() }),
    ...reads(CLAIM_ROLES),
  }),
  'claims.get': method({ title: '查看报账单', input: byId('报账单'), output: claimView, ...reads(CLAIM_ROLES) }),
  'claims.save': method({
    title: '保存报账单',
    input: z
      .object({
        id: nullableId('报账单'),
        ledgerId: id('账套'),
        unionId: nullableId('工会组织'),
        title: text('事由', 100),
        payFrom: z.enum(MONEY_PATTERNS).meta({ title: '付款方式' }),
        lines: z.array(claimLineInput).min(1).max(50).meta({ title: '报账明细' }),
      })
      .strict(),
    output: z.object({ id: z.number(), number: z.string() }),
    ...writes(CLAIM_STEP_ROLES.edit),
  }),
  'claims.delete': method({ title: '删除报账单', input: byId('报账单'), output: ok, ...writes(CLAIM_STEP_ROLES.edit) }),
  'claims.submit': step('提交报账单', CLAIM_STEP_ROLES.edit),
  'claims.withdraw': step('撤回报账单', CLAIM_STEP_ROLES.edit),
  'claims.approve': step('审批报账单', CLAIM_STEP_ROLES.approve, {
    collectiveDecision: z.boolean().default(false).meta({ title: '集体决策' }),
    collectiveNote: optionalText('集体决策说明', 300),
  }),
  'claims.check': step('审核报账单', CLAIM_STEP_ROLES.check),
  'claims.return': method({
    title: '退回报账单',
    input: z.object({ id: id('报账单'), comment: text('退回原因', 300) }).strict(),
    output: ok,
    ...writes(['approver', 'accountant', 'reviewer', 'cashier']),
  }),
  'claims.pay': method({
    title: '报账付款',
    input: z
      .object({
        id: id('报账单'),
        date: isoDate('付款日期'),
        creditAccountId: id('付款科目'),
        /** 报账制: the 街镇's bank account the money leaves (a 102 detail), chosen when its chart has several. */
        streetBankAccountId: nullableId('街镇付款银行账户'),
        ...withComment,
      })
      .strict(),
    output: z.object({
      voucherId: z.number(),
      label: z.string(),
      /** 报账制 with a 小二级 账套: the 街镇's posted voucher (Dr 215 / Cr 102) and the transfer linking the two. */
      street: z.object({ ledgerName: z.string(), label: z.string(), transferId: z.number() }).nullable(),
    }),
    ...writes(CLAIM_STEP_ROLES.pay),
  }),
  'claims.reverse': method({
    title: '冲销报账单',
    input: z.object({ id: id('报账单'), reason: text('冲销原因', 300) }).strict(),
    output: z.object({
      voucherId: z.number(),
      label: z.string(),
      /** 报账制: the 街镇's payout voucher reversed with it. */
      street: z.object({ ledgerName: z.string(), label: z.string() }).nullable(),
    }),
    ...writes(CLAIM_STEP_ROLES.reverse),
  }),
  'claims.attach': method({
    title: '上传报账附件',
    input: z
      .object({
        claimId: id('报账单'),
        fileName: z.string().trim().min(1).max(200).meta({ title: '文件名' }),
        content: z
          .string()
          .min(1)
          .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4, '附件不能超过 10 MB')
          .meta({ title: '文件内容' }),
      })
      .strict(),
    output: attachmentRow,
    ...writes(CLAIM_STEP_ROLES.edit),
  }),
  'claims.detach': method({ title: '删除报账附件', input: byId('附件'), output: ok, ...writes(CLAIM_STEP_ROLES.edit) }),
  'claims.attachment': method({
    title: '查看报账附件',
    input: byId('附件'),
    output: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
    ...reads(CLAIM_ROLES),
  }),
  'claims.export': method({ title: '导出报账登记簿', input: claimFilter, output: fileOutput, ...reads(CLAIM_ROLES) }),
  'claims.settings': method({ title: '查询报账设置', input: empty, output: z.object({ collectiveThreshold: z.number() }), ...reads(CLAIM_ROLES) }),
  'claims.saveSettings': method({
    title: '修改报账设置',
    input: z.object({ collectiveThreshold: positiveFen('集体决策金额') }).strict(),
    output: ok,
    ...writes(LEDGER_MANAGERS),
    global: true,
  }),
}
