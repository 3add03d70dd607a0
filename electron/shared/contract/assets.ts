import { z } from 'zod'
import { ASSET_CATEGORIES, ASSET_OWNERSHIPS, ASSET_STATUSES, DISPOSAL_KINDS } from '../asset-terms'
import { FUND_NATURES, SPEND_TYPES } from '../ledger-terms'
import { MAX_FEN } from '../money'
import { id, ok, text } from './fields'
import { isoDate, monthText } from './dates'
import { method } from './define'
import { upload } from './imports'
import { LEDGER_KEEPERS, LEDGER_READERS } from './ledgers'

const fen = (label: string) => z.number().int('金额须为整数分').min(0, '不能为负数').max(MAX_FEN).meta({ title: label })
const blank = (label: string, max = 60) => z.string().trim().max(max).default('').meta({ title: label })

/** The card as entered or imported (the published template's columns). */
export const assetCard = z.object({
  code: text('资产编号', 40),
  name: text('资产名称', 60),
  category: z.enum(ASSET_CATEGORIES).meta({ title: '资产类别' }),
  item: text('资产分类', 40),
  ownership: z.enum(ASSET_OWNERSHIPS).default('union').meta({ title: '资产性质' }),
  quantity: z.number().int().min(1, '数量至少为 1').max(1_000_000).default(1).meta({ title: '数量' }),
  cost: fen('原值').refine((v) => v > 0, '原值须大于 0'),
  acquiredOn: isoDate('入账日期'),
  /** Blank → the 附录2 minimum of the item. */
  lifeMonths: z.number().int().min(0).max(1200).nullable().default(null).meta({ title: '使用年限（月）' }),
  priorDepreciation: fen('已提折旧').default(0),
  department: blank('使用部门'),
  keeper: blank('使用人'),
  location: blank('存放地点'),
  fundNature: z.enum(FUND_NATURES).default('general').meta({ title: '资金性质' }),
  project: blank('项目'),
})

export const assetRow = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  category: z.enum(ASSET_CATEGORIES),
  item: z.string(),
  ownership: z.enum(ASSET_OWNERSHIPS),
  quantity: z.number(),
  cost: z.number(),
  acquiredOn: z.string(),
  lifeMonths: z.number(),
  priorDepreciation: z.number(),
  department: z.string(),
  keeper: z.string(),
  location: z.string(),
  fundNature: z.enum(FUND_NATURES),
  project: z.string(),
  status: z.enum(ASSET_STATUSES),
  disposedOn: z.string().nullable(),
  voucher: z.string().nullable(),
  /** 累计折旧 and 净值 at the end of the period asked for, and that month's depreciation. */
  accumulated: z.number(),
  net: z.number(),
  monthDepreciation: z.number(),
})
export type AssetRow = z.infer<typeof assetRow>

const total = z.object({ key: z.string(), label: z.string(), count: z.number(), cost: z.number(), accumulated: z.number(), net: z.number(), monthDepreciation: z.number() })
export const assetRegister = z.object({
  period: z.string(),
  rows: z.array(assetRow),
  byCategory: z.array(total),
  byDepartment: z.array(total),
  total,
})
export type AssetRegister = z.infer<typeof assetRegister>

export const tieOut = z.object({
  period: z.string(),
  checks: z.array(z.object({ label: z.string(), register: z.number(), ledger: z.number(), ok: z.boolean(), note: z.string() })),
  ok: z.boolean(),
  byOwnership: z.array(z.object({ ownership: z.enum(ASSET_OWNERSHIPS), cost: z.number(), accumulated: z.number() })),
})
export type TieOut = z.infer<typeof tieOut>

const ledgerPeriod = z.object({ ledgerId: id('账套'), period: monthText('期间') }).strict()

export const assetsContract = {
  'assets.register': method({
    title: '资产台账',
    input: ledgerPeriod,
    output: assetRegister,
    write: false,
    access: LEDGER_READERS,
  }),
  'assets.get': method({
    title: '固定资产卡片',
    input: z.object({ id: id('资产') }).strict(),
    output: z.object({
      card: assetRow,
      depreciation: z.array(z.object({ period: z.string(), amount: z.number(), accumulated: z.number(), voucher: z.string() })),
      changes: z.array(z.object({ date: z.string(), kind: z.string(), note: z.string(), voucher: z.string().nullable() })),
    }),
    write: false,
    access: LEDGER_READERS,
  }),
  'assets.save': method({
    title: '登记固定资产卡片',
    input: z.object({ ledgerId: id('账套'), id: z.number().int().positive().optional().meta({ title: '资产' }), card: assetCard }).strict(),
    output: z.object({ id: z.number() }),
    write: true,
    access: LEDGER_KEEPERS,
  }),
  'assets.acquire': method({
    title: '购入固定资产',
    input: z
      .object({
        ledgerId: id('账套'),
        card: assetCard,
        /** Blank → the 507 detail of the class (50702 办公设备购置 for 通用设备, …). */
        expenseAccountCode: z.string().trim().max(20).optional().meta({ title: '支出科目' }),
        payAccountCode: z.string().trim().max(20).default('102').meta({ title: '付款科目' }),
        spendType: z.enum(SPEND_TYPES).default('basic').meta({ title: '支出类型' }),
        projectId: z.number().int().positive().nullable().default(null).meta({ title: '项目' }),
      })
      .strict(),
    output: z.object({ id: z.number(), voucher: z.string() }),
    write: true,
    access: LEDGER_KEEPERS,
  }),
  'assets.import': method({
    title: '导入固定资产卡片',
    input: z.object({ ledgerId: id('账套'), ...upload }).strict(),
    output: z.object({ created: z.number(), cost: z.number(), accumulated: z.number() }),
    write: true,
    access: LEDGER_KEEPERS,
  }),
  'assets.export': method({
    title: '导出资产台账',
    input: ledgerPeriod,
    output: z.object({ fileName: z.string(), content: z.string() }),
    write: false,
    access: LEDGER_READERS,
  }),
  'assets.depreciate': method({
    title: '计提折旧',
    input: z.object({ ledgerId: id('账套'), month: monthText('月份') }).strict(),
    output: z.object({ voucher: z.string(), assets: z.number(), amount: z.number() }),
    write: true,
    access: LEDGER_KEEPERS,
  }),
  'assets.transfer': method({
    title: '资产调拨',
    input: z.object({ id: id('资产'), date: isoDate('调拨日期'), department: text('使用部门', 60), keeper: blank('使用人'), location: blank('存放地点') }).strict(),
    output: ok,
    write: true,
    access: LEDGER_KEEPERS,
  }),
  'assets.dispose': method({
    title: '资产处置',
    input: z
      .object({
        id: id('资产'),
        date: isoDate('处置日期'),
        kind: z.enum(DISPOSAL_KINDS).meta({ title: '处置方式' }),
        proceeds: fen('处置收入').default(0),
        proceedsAccountCode: z.string().trim().max(20).default('102').meta({ title: '收款科目' }),
        note: blank('说明', 200),
      })
      .strict(),
    output: z.object({ voucher: z.string() }),
    write: true,
    access: LEDGER_KEEPERS,
  }),
  'assets.check': method({
    title: '资产账实核对',
    input: ledgerPeriod,
    output: tieOut,
    write: false,
    access: LEDGER_READERS,
  }),
}

/** 盘点 result per card (or per row naming no card): what the count found and the entry it calls for. */
export const countProposal = z.object({
  row: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['surplus', 'shortage', 'match', 'unchecked']),
  bookQuantity: z.number(),
  countedQuantity: z.number(),
  amount: z.number(),
  entry: z.string(),
})
export type CountProposal = z.infer<typeof countProposal>

export const assetCountContract = {
  'assets.countSheet': method({
    title: '导出资产盘点表',
    input: z.object({ ledgerId: id('账套'), date: isoDate('盘点日期') }).strict(),
    output: z.object({ fileName: z.string(), content: z.string() }),
    write: false,
    access: LEDGER_READERS,
  }),
  'assets.importCount': method({
    title: '导入盘点结果',
    input: z.object({ ledgerId: id('账套'), date: isoDate('盘点日期'), ...upload }).strict(),
    output: z.object({ proposals: z.array(countProposal) }),
    write: false,
    access: LEDGER_KEEPERS,
  }),
}

/** 重估 is allowed only on the grounds the rules list (资产评估/清产核资, 暂估价值调整, 改扩建, 拆除, 差错更正). */
export const REVALUATION_REASONS = ['appraisal', 'provisional', 'improvement', 'removal', 'correction'] as const
export const REVALUATION_REASON_LABELS: Record<(typeof REVALUATION_REASONS)[number], string> = {
  appraisal: '按国家规定进行资产评估（清产核资）',
  provisional: '按实际价值调整暂估价值',
  improvement: '改建、扩建或增加附属设备',
  removal: '拆除部分',
  correction: '更正原记价值差错',
}

/** A paid 报账单's line that is an asset (507 资本性支出 except 50705 大型修缮), with the card it made. */
export const claimAssetLine = z.object({
  lineNo: z.number(),
  summary: z.string(),
  accountCode: z.string(),
  accountName: z.string(),
  amount: z.number(),
  fundNature: z.enum(FUND_NATURES),
  project: z.string(),
  /** Why the line cannot make a card (blank when it can). */
  reason: z.string(),
  asset: z.object({ id: z.number(), code: z.string() }).nullable(),
  /** The card as the form opens it: name, 原值, 入账日期 (the pay day), 资金性质, 项目, a class from the account. */
  proposal: assetCard.partial(),
})

/** 工会附02表 国有资产情况表 (reference §5.4): rows of the 国有资产 detail, 年初余额 | 年末余额. */
export const stateAssetsReport = z.object({
  year: z.number(),
  hasDetail: z.boolean(),
  rows: z.array(z.object({ label: z.string(), total: z.boolean(), opening: z.number(), closing: z.number() })),
  /** Where the figures came from: the 国有资产 detail accounts, or the cards marked 国有资产. */
  notes: z.array(z.string()),
})
export type StateAssetsReport = z.infer<typeof stateAssetsReport>

export const assetMoreContract = {
  'assets.claimLines': method({
    title: '报账单中的资产行',
    input: z.object({ claimId: id('报账单') }).strict(),
    output: z.object({ claimNumber: z.string(), paidOn: z.string().nullable(), lines: z.array(claimAssetLine) }),
    write: false,
    access: LEDGER_READERS,
  }),
  'assets.fromClaim': method({
    title: '由报账单生成资产卡片',
    input: z.object({ claimId: id('报账单'), lineNo: z.number().int().positive().meta({ title: '报账单行' }), card: assetCard }).strict(),
    output: z.object({ id: z.number(), voucher: z.string() }),
    write: true,
    access: LEDGER_KEEPERS,
  }),
  'assets.revalue': method({
    title: '资产重估',
    input: z
      .object({
        id: id('资产'),
        date: isoDate('重估日期'),
        cost: fen('重估后原值').refine((v) => v > 0, '原值须大于 0'),
        reason: z.enum(REVALUATION_REASONS).meta({ title: '重估依据' }),
        note: text('评估报告或批准文件', 200),
      })
      .strict(),
    output: z.object({ voucher: z.string() }),
    write: true,
    access: LEDGER_KEEPERS,
  }),
  'assets.stateReport': method({
    title: '国有资产情况表（工会附02表）',
    input: z.object({ ledgerId: id('账套'), year: z.number().int().min(2000).max(2100).meta({ title: '年度' }) }).strict(),
    output: stateAssetsReport,
    write: false,
    access: LEDGER_READERS,
  }),
  'assets.exportStateReport': method({
    title: '导出国有资产情况表',
    input: z.object({ ledgerId: id('账套'), year: z.number().int().min(2000).max(2100).meta({ title: '年度' }) }).strict(),
    output: z.object({ fileName: z.string(), content: z.string() }),
    write: false,
    access: LEDGER_READERS,
  }),
}
