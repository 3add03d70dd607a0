import { z } from 'zod'
import { bookRow, paging } from './books'
import { MAX_FEN } from '../money'
import { id, ok, text } from './fields'
import { isoDate, monthText } from './dates'
import { method } from './define'
import { upload } from './imports'
import { LEDGER_KEEPERS, LEDGER_READERS } from './ledgers'

/** 银行对账 is the 会计's and the 出纳's work; everyone who reads the books reads its results. */
export const BANK_KEEPERS = [...LEDGER_KEEPERS, 'cashier'] as const

/** Statement fields a column mapping assigns; `amount` is one signed 金额 column instead of 收入/支出. */
export const STATEMENT_FIELDS = ['date', 'summary', 'moneyIn', 'moneyOut', 'amount', 'balance', 'counterName', 'counterAccount', 'serial'] as const
export type StatementField = (typeof STATEMENT_FIELDS)[number]
export const STATEMENT_FIELD_LABELS: Record<StatementField, string> = {
  date: '交易日期',
  summary: '摘要',
  moneyIn: '收入金额',
  moneyOut: '支出金额',
  amount: '金额（收正支负）',
  balance: '余额',
  counterName: '对方户名',
  counterAccount: '对方账号',
  serial: '交易流水号',
}

const fen = (label: string) => z.number().int('金额须为整数分').min(-MAX_FEN).max(MAX_FEN).meta({ title: label })
const mappingColumns = z.partialRecord(z.enum(STATEMENT_FIELDS), z.string().trim().max(60)).meta({ title: '列对应关系' })

export const bankAccountRow = z.object({
  id: z.number(),
  ledgerId: z.number(),
  accountId: z.number(),
  accountCode: z.string(),
  accountName: z.string(),
  bankName: z.string(),
  number: z.string(),
  openingBalance: z.number(),
  mappingName: z.string().nullable(),
  statementRows: z.number(),
  lastDate: z.string().nullable(),
})

const statementItem = z.object({
  id: z.number(),
  date: z.string(),
  summary: z.string(),
  moneyIn: z.number(),
  moneyOut: z.number(),
  balance: z.number().nullable(),
  counterName: z.string().nullable(),
  serial: z.string().nullable(),
  opening: z.boolean(),
  groupId: z.number().nullable(),
})
/** A book item: a posted line of the linked 102 leaf, or a book-side 期初未达账项 (`kind: 'opening'`). */
const bookItem = z.object({
  kind: z.enum(['line', 'opening']),
  id: z.number(),
  date: z.string(),
  summary: z.string(),
  voucher: z.string().nullable(),
  debit: z.number(),
  credit: z.number(),
  groupId: z.number().nullable(),
})
export type StatementItem = z.infer<typeof statementItem>
export type BookItem = z.infer<typeof bookItem>

const pendingItem = z.object({ date: z.string(), summary: z.string(), amount: z.number(), days: z.number(), voucher: z.string().nullable() })
export const reconciliation = z.object({
  bankAccount: bankAccountRow,
  period: z.string(),
  endDate: z.string(),
  bankBalance: z.number(),
  bookBalance: z.number(),
  /** 企业已收银行未收 / 企业已付银行未付 / 银行已收单位未收 / 银行已付单位未付. */
  bookInNotBank: z.array(pendingItem),
  bookOutNotBank: z.array(pendingItem),
  bankInNotBook: z.array(pendingItem),
  bankOutNotBook: z.array(pendingItem),
  adjustedBank: z.number(),
  adjustedBook: z.number(),
  balanced: z.boolean(),
  staleDays: z.number(),
  /** 未达账项 older than staleDays at the month end. */
  stale: z.array(pendingItem.extend({ side: z.string() })),
})
export type Reconciliation = z.infer<typeof reconciliation>

const accountRef = { bankAccountId: id('银行账户') }
const windowDays = z.number().int().min(0).max(60).default(5).meta({ title: '日期相差天数' })

export const bankContract = {
  'bank.accounts': method({
    title: '查询银行账户',
    input: z.object({ ledgerId: id('账套') }).strict(),
    output: z.array(bankAccountRow),
    write: false,
    access: LEDGER_READERS,
  }),
  'bank.saveAccount': method({
    title: '保存银行账户',
    input: z
      .object({
        ledgerId: id('账套'),
        id: z.number().int().positive().optional().meta({ title: '银行账户' }),
        accountCode: text('银行存款科目', 20),
        bankName: text('开户行', 60),
        number: z
          .string()
          .trim()
          .regex(/^[0-9 -]{4,40}$/, '只能包含数字、空格和减号')
          .meta({ title: '账号' }),
        openingBalance: fen('对账单期初余额').default(0),
      })
      .strict(),
    output: z.object({ id: z.number() }),
    write: true,
    access: LEDGER_KEEPERS,
  }),
  'bank.mappings': method({
    title: '查询对账单列对应',
    input: z.object({}).strict(),
    output: z.array(z.object({ name: z.string(), columns: mappingColumns })),
    write: false,
    access: LEDGER_READERS,
  }),
  'bank.saveMapping': method({
    title: '保存对账单列对应',
    input: z.object({ name: text('名称', 40), columns: mappingColumns }).strict(),
    output: ok,
    write: true,
    access: BANK_KEEPERS,
  }),
  'bank.importStatement': method({
    title: '导入银行对账单',
    input: z.object({ ...accountRef, ...upload, mapping: z.string().trim().max(40).optional().meta({ title: '列对应' }), windowDays }).strict(),
    output: z.object({
      imported: z.number(),
      skipped: z.number(),
      first: z.string().nullable(),
      last: z.string().nullable(),
      /** Rows where 上行余额 ± 本行金额 ≠ 本行余额. */
      balanceBreaks: z.array(z.object({ row: z.number(), expected: z.number(), actual: z.number() })),
      matched: z.number(),
    }),
    write: true,
    access: BANK_KEEPERS,
  }),
  'bank.addOpening': method({
    title: '录入期初未达账项',
    input: z
      .object({
        ...accountRef,
        /** bank: 银行已收/已付、单位未记; book: 单位已收/已付、银行未记. */
        side: z.enum(['bank', 'book']).meta({ title: '未达方' }),
        direction: z.enum(['in', 'out']).meta({ title: '收付方向' }),
        date: isoDate('日期'),
        summary: text('摘要', 60),
        amount: z.number().int().min(1, '金额须大于 0').max(MAX_FEN).meta({ title: '金额' }),
      })
      .strict(),
    output: z.object({ id: z.number() }),
    write: true,
    access: BANK_KEEPERS,
  }),
  'bank.items': method({
    title: '查询对账明细',
    input: z.object({ ...accountRef, period: monthText() }).strict(),
    output: z.object({ statement: z.array(statementItem), book: z.array(bookItem) }),
    write: false,
    access: LEDGER_READERS,
  }),
  'bank.autoMatch': method({
    title: '自动对账',
    input: z.object({ ...accountRef, windowDays }).strict(),
    output: z.object({ matched: z.number(), ambiguous: z.number() }),
    write: true,
    access: BANK_KEEPERS,
  }),
  'bank.match': method({
    title: '手工对账',
    input: z
      .object({
        ...accountRef,
        statementIds: z.array(z.number().int().positive()).min(1).meta({ title: '对账单行' }),
        lineIds: z.array(z.number().int().positive()).default([]).meta({ title: '日记账行' }),
        openingIds: z.array(z.number().int().positive()).default([]).meta({ title: '期初未达账项' }),
      })
      .strict()
      .refine((m) => m.lineIds.length + m.openingIds.length > 0, { message: '请至少选择一笔日记账记录', path: ['lineIds'] }),
    output: z.object({ groupId: z.number() }),
    write: true,
    access: BANK_KEEPERS,
  }),
  'bank.unmatch': method({
    title: '取消对账',
    input: z.object({ ...accountRef, groupId: id('对账组') }).strict(),
    output: ok,
    write: true,
    access: BANK_KEEPERS,
  }),
  'bank.reconciliation': method({
    title: '银行存款余额调节表',
    input: z.object({ ...accountRef, period: monthText(), staleDays: z.number().int().min(1).max(3650).default(30).meta({ title: '未达天数' }) }).strict(),
    output: reconciliation,
    write: false,
    access: LEDGER_READERS,
  }),
  'bank.exportReconciliation': method({
    title: '导出银行存款余额调节表',
    input: z.object({ ...accountRef, period: monthText(), staleDays: z.number().int().min(1).max(3650).default(30).meta({ title: '未达天数' }) }).strict(),
    output: z.object({ fileName: z.string(), content: z.string() }),
    write: false,
    access: LEDGER_READERS,
  }),
}

/** Removing a bank account set up by mistake, and its 银行日记账 (the linked 102 leaf's book). */
export const bankAccountContract = {
  'bank.deleteAccount': method({
    title: '删除银行账户',
    input: z.object({ ...accountRef }).strict(),
    output: ok,
    write: true,
    access: LEDGER_KEEPERS,
  }),
  'bank.journal': method({
    title: '银行日记账（按银行账户）',
    input: z.object({ ...accountRef, from: monthText('起始期间'), to: monthText('截止期间'), ...paging }).strict(),
    output: z.object({
      bankAccount: bankAccountRow,
      orgName: z.string(),
      account: z.object({ code: z.string(), name: z.string(), fullName: z.string() }),
      rows: z.array(bookRow),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
    }),
    write: false,
    access: LEDGER_READERS,
  }),
}
