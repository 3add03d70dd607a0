import { z } from 'zod'
import { id, fileOutput } from './fields'
import { method, writes } from './define'
import { LEDGER_READERS } from './ledgers'
import { REGISTRY_READERS, REGISTRY_WRITERS } from './registry'
import { LEDGER_MANAGERS } from '../roles'

/** An uploaded .xlsx, base64-encoded (20 MB at most, the HTTP body limit). */
export const upload = {
  fileName: z.string().trim().min(1).max(200).meta({ title: '文件名' }),
  content: z.string().min(1).max(28_000_000, '文件不能超过 20 MB').meta({ title: '文件内容' }),
}

export const LEDGER_IMPORT_KINDS = ['vouchers', 'opening-balances'] as const
export type LedgerImportKind = (typeof LEDGER_IMPORT_KINDS)[number]
/** The 组织台账 templates; each re-import updates what it matched (by 工会编码, 统一社会信用代码, …). */
export const REGISTRY_IMPORT_KINDS = ['unions', 'enterprises', 'committee', 'staff', 'stations', 'surveys'] as const
export type RegistryImportKind = (typeof REGISTRY_IMPORT_KINDS)[number]
/** 预算 lines of one 账套 and year (`budget.import`). */
export const BUDGET_IMPORT_KINDS = ['budget'] as const
export type BudgetImportKind = (typeof BUDGET_IMPORT_KINDS)[number]
/** 支出标准 (报账审批): exported rules can be corrected in Excel and imported again. */
export const RULE_IMPORT_KINDS = ['spending-rules'] as const
/** 返拨明细 of the 区总工会 (`levy.import`, `uniondesk import levy-returns`). */
export const LEVY_IMPORT_KINDS = ['levy-returns'] as const
/** 固定资产卡片 (`assets.import`). */
export const ASSET_IMPORT_KINDS = ['assets'] as const
export const IMPORT_KINDS = [...LEDGER_IMPORT_KINDS, ...REGISTRY_IMPORT_KINDS, ...BUDGET_IMPORT_KINDS, ...RULE_IMPORT_KINDS, ...LEVY_IMPORT_KINDS, ...ASSET_IMPORT_KINDS] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export const importsContract = {
  'import.template': method({
    title: '下载导入模板',
    input: z.object({ kind: z.enum(IMPORT_KINDS).meta({ title: '模板' }) }).strict(),
    output: fileOutput,
    write: false,
    // A blank template reveals nothing, so whoever may read either section may download any of them.
    access: [...new Set([...LEDGER_READERS, ...REGISTRY_READERS])],
  }),
  'import.vouchers': method({
    title: '导入凭证',
    input: z
      .object({
        ledgerId: id('账套'),
        ...upload,
        /** Books already audited in other software arrive posted (系统管理员 only); otherwise as drafts. */
        post: z.boolean().default(false).meta({ title: '导入为已记账' }),
      })
      .strict(),
    output: z.object({ vouchers: z.number(), lines: z.number(), first: z.string(), last: z.string(), posted: z.boolean() }),
    ...writes(LEDGER_MANAGERS),
  }),
  'import.openingBalances': method({
    title: '导入期初余额',
    input: z.object({ ledgerId: id('账套'), ...upload }).strict(),
    output: z.object({ accounts: z.number(), totalDebit: z.number(), totalCredit: z.number() }),
    ...writes(['accountant']),
  }),
  'import.registry': method({
    title: '导入组织台账',
    input: z.object({ kind: z.enum(REGISTRY_IMPORT_KINDS).meta({ title: '模板' }), ...upload }).strict(),
    output: z.object({ rows: z.number(), created: z.number(), updated: z.number() }),
    ...writes(REGISTRY_WRITERS),
  }),
}
