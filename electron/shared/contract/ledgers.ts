import { z } from 'zod'
import { ACCOUNT_CATEGORIES, SIDES, VOUCHER_WORDS } from '../ledger-terms'
import { empty, id, ok, optionalText, text, byId, savedId, textColumns } from './fields'
import { method, reads, writes } from './define'
import { monthText } from './dates'
import { LEDGER_KEEPERS, LEDGER_MANAGERS, LEDGER_READERS } from '../roles'

// The role lists live in shared/roles.ts; re-exported here where the ledger contract always offered them.
export { LEDGER_KEEPERS, LEDGER_READERS } from '../roles'

export const ledgerCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,20}$/, '只能用字母、数字、下划线和减号，最多 20 位')
  .meta({ title: '账套编码' })
export const accountCode = z
  .string()
  .trim()
  .regex(/^\d{3}(\d{2})*$/, '科目编码应为 3 位一级编码加若干组 2 位')
  .meta({ title: '科目编码' })

export const ledgerRow = z.object({
  id: z.number(),
  ...textColumns('code', 'name', 'orgName'),
  unionId: z.number().nullable(),
  startPeriod: z.string(),
  /** The first month not yet closed: where new vouchers normally go. */
  currentPeriod: z.string(),
  closedThrough: z.string().nullable(),
  voucherWords: z.array(z.string()),
  cashierSignRequired: z.boolean(),
})
export type LedgerRow = z.infer<typeof ledgerRow>

export const accountRow = z.object({
  id: z.number(),
  ...textColumns('code', 'name', 'fullName'),
  parentCode: z.string().nullable(),
  level: z.number(),
  category: z.enum(ACCOUNT_CATEGORIES),
  normalSide: z.enum(SIDES),
  enabled: z.boolean(),
  official: z.boolean(),
  mnemonic: z.string(),
  isLeaf: z.boolean(),
  hasPostings: z.boolean(),
  /** Income and expenditure lines must say 专项/非专项, because closing depends on it. */
  needsFundNature: z.boolean(),
  /** Expenditure lines (except 521) say 基本支出/项目支出. */
  needsSpendType: z.boolean(),
})
export type AccountRow = z.infer<typeof accountRow>

const ledgerSettings = {
  name: text('账套名称', 60),
  orgName: optionalText('编制单位', 60),
  voucherWords: z.array(z.enum(VOUCHER_WORDS)).min(1).max(8).default(['记']).meta({ title: '凭证字' }),
  cashierSignRequired: z.boolean().default(false).meta({ title: '出纳签字' }),
  /** The registry union this 账套 keeps the books of (上代下核算 for a 小二级); may be linked later. */
  unionId: z.number().int().positive().nullable().default(null).meta({ title: '所属工会' }),
}

export const ledgersContract = {
  'ledgers.list': method({
    title: '查询账套',
    input: empty,
    output: z.array(ledgerRow),
    ...reads(LEDGER_READERS),
  }),
  'ledgers.create': method({
    title: '新建账套',
    input: z.object({ code: ledgerCode, ...ledgerSettings, startPeriod: monthText('启用期间') }).strict(),
    output: savedId,
    ...writes(LEDGER_MANAGERS),
    global: true,
  }),
  'ledgers.update': method({ title: '修改账套', input: z.object({ id: id('账套'), ...ledgerSettings }).strict(), output: ok, ...writes(LEDGER_MANAGERS) }),
  'accounts.list': method({ title: '查询会计科目', input: z.object({ ledgerId: id('账套') }).strict(), output: z.array(accountRow), ...reads(LEDGER_READERS) }),
  'accounts.create': method({
    title: '新增明细科目',
    input: z.object({ ledgerId: id('账套'), parentCode: accountCode.meta({ title: '上级科目' }), code: accountCode, name: text('科目名称', 40) }).strict(),
    output: savedId,
    ...writes(LEDGER_KEEPERS),
  }),
  'accounts.update': method({
    title: '修改会计科目',
    input: z.object({ id: id('科目'), name: text('科目名称', 40), enabled: z.boolean().meta({ title: '启用' }) }).strict(),
    output: ok,
    ...writes(LEDGER_KEEPERS),
  }),
  'accounts.delete': method({ title: '删除会计科目', input: byId('科目'), output: ok, ...writes(LEDGER_KEEPERS) }),
  'projects.list': method({
    title: '查询项目',
    input: z.object({ ledgerId: id('账套') }).strict(),
    output: z.array(z.object({ id: z.number(), code: z.string(), name: z.string(), enabled: z.boolean() })),
    ...reads(LEDGER_READERS),
  }),
  'projects.save': method({
    title: '保存项目',
    input: z
      .object({
        ledgerId: id('账套'),
        id: z.number().int().positive().optional().meta({ title: '项目' }),
        code: z.string().trim().min(1).max(20).meta({ title: '项目编码' }),
        name: text('项目名称', 60),
        enabled: z.boolean().default(true).meta({ title: '启用' }),
      })
      .strict(),
    output: savedId,
    ...writes(LEDGER_KEEPERS),
  }),
}
