import { z } from 'zod'
import { LEVY_CHANNELS, LEVY_RETURN_COLUMNS, LEVY_RULE_KINDS, parsePercent } from '../levy-terms'
import { MAX_FEN } from '../money'
import { id, byId, savedId, fileOutput, numberColumns, nullableTextColumns, textColumns } from './fields'
import { isoDate, monthText } from './dates'
import { method, reads, writes } from './define'
import { upload } from './imports'
import { LEDGER_KEEPERS, LEDGER_READERS } from './ledgers'

/** A percentage with at most two decimals ("40", "12.5", "33.33"), kept as basis points. */
const percent = (label: string) =>
  z
    .union([z.string(), z.number()])
    .transform((v, c) => {
      const bp = parsePercent(String(v))
      if (bp === null) {
        c.addIssue({ code: 'custom', message: '应为 0 至 100 之间、最多两位小数的百分比' })
        return z.NEVER
      }
      return bp
    })
    .meta({ title: label })

const ledgerId = id('街镇账套')
const year = z.number().int().min(2000).max(2100).meta({ title: '年度' })

export const levyRule = z.object({
  id: z.number(),
  kind: z.enum(LEVY_RULE_KINDS),
  effectiveFrom: z.string(),
  ...numberColumns('upperBp', 'streetBp', 'lowerBp', 'feeBp'),
  /** 台账 rows that copied this rule: a used rule is kept as it is. */
  used: z.number(),
})
export type LevyRule = z.infer<typeof levyRule>

export const levySettings = z.object({
  /** 应缴 = 工资总额 × rate (basis points; 200 = 2 %). */
  rateBp: z.number().int().min(1).max(10000).default(200).meta({ title: '拨缴比例' }),
  prepEnabled: z.boolean().default(true).meta({ title: '收取建会筹备金' }),
  prepRateBp: z.number().int().min(0).max(10000).default(200).meta({ title: '筹备金比例' }),
  /** 筹备金 paid longer than this without a union makes a 建会 lead. */
  prepLeadMonths: z.number().int().min(1).max(120).default(12).meta({ title: '筹备金提示月数' }),
  /** The 返拨明细's own header for each of our columns, saved like a bank statement's mapping. */
  columns: z.partialRecord(z.enum(LEVY_RETURN_COLUMNS), z.string().max(60)).default({}).meta({ title: '列对应' }),
})
export type LevySettings = z.infer<typeof levySettings>

export const levyEntry = z.object({
  id: z.number(),
  importId: z.number().nullable(),
  rowNumber: z.number().nullable(),
  enterpriseId: z.number().nullable(),
  enterpriseName: z.string().nullable(),
  fileName: z.string(),
  fileUscc: z.string().nullable(),
  period: z.string(),
  channel: z.enum(LEVY_CHANNELS),
  ...numberColumns('payroll', 'due', 'paid', 'returned'),
  entryDate: z.string(),
  prep: z.boolean(),
  ...nullableTextColumns('recipient', 'rule'),
  ...numberColumns('upperBp', 'streetBp', 'lowerBp', 'feeBp', 'streetAmount', 'lowerAmount', 'prepAmount'),
  voucherLabel: z.string().nullable(),
})
export type LevyEntry = z.infer<typeof levyEntry>

const reportRow = z.object({
  key: z.string(),
  level: z.enum(['union', 'enterprise', 'total']),
  name: z.string(),
  uscc: z.string().nullable(),
  ...numberColumns('payroll', 'due', 'paid'),
  /** 缴纳率 in basis points of 实缴 / 应缴 (null when nothing was due). */
  rateBp: z.number().nullable(),
  ...numberColumns('returned', 'arrears', 'lastYearPaid'),
})
export type LevyReportRow = z.infer<typeof reportRow>

const arrearsRow = z.object({
  enterpriseId: z.number(),
  name: z.string(),
  ...nullableTextColumns('uscc', 'union'),
  workers: z.number(),
  missing: z.array(z.string()),
  ...numberColumns('lastPayroll', 'amount'),
})

const prepLead = z.object({
  enterpriseId: z.number(),
  name: z.string(),
  uscc: z.string().nullable(),
  since: z.string(),
  ...numberColumns('months', 'held'),
  founded: z.boolean(),
  /** Paid 筹备金 for at least the set number of months without founding a union: a 建会 lead. */
  lead: z.boolean(),
})

const voucherRef = z.object({ ledgerCode: z.string(), label: z.string(), voucherId: z.number() })

export const levyContract = {
  'levy.rules': method({ title: '查看经费分成比例', input: z.object({ ledgerId }).strict(), output: z.array(levyRule), ...reads(LEDGER_READERS) }),
  'levy.setRule': method({
    title: '设置经费分成比例',
    input: z
      .object({
        ledgerId,
        kind: z.enum(LEVY_RULE_KINDS).default('standard').meta({ title: '适用企业' }),
        effectiveFrom: isoDate('生效日期'),
        upper: percent('上解上级'),
        street: percent('本级留成'),
        lower: percent('返还小二级'),
        fee: percent('手续费'),
      })
      .strict()
      .refine((r) => r.upper + r.street + r.lower + r.fee === 10000, { message: '各项比例合计须为 100%', path: ['fee'] }),
    output: savedId,
    ...writes(LEDGER_KEEPERS),
  }),
  'levy.deleteRule': method({ title: '删除经费分成比例', input: byId('分成比例'), output: z.object({ ok: z.literal(true) }), ...writes(LEDGER_KEEPERS) }),
  'levy.settings': method({ title: '查看经费收缴设置', input: z.object({ ledgerId }).strict(), output: levySettings, ...reads(LEDGER_READERS) }),
  'levy.saveSettings': method({ title: '保存经费收缴设置', input: z.object({ ledgerId, settings: levySettings }).strict(), output: levySettings, ...writes(LEDGER_KEEPERS) }),
  'levy.import': method({
    title: '导入返拨明细',
    input: z
      .object({
        ledgerId,
        period: monthText('所属月份'),
        amount: z.number().int('金额须为整数分').min(1, '金额须大于 0').max(MAX_FEN).meta({ title: '到账金额' }),
        entryDate: isoDate('入账日期').optional(),
        columns: levySettings.shape.columns.optional(),
        /** Write the transfer's draft vouchers in the same transaction when every row is matched. */
        vouchers: z.boolean().default(false).meta({ title: '同时生成凭证' }),
        ...upload,
      })
      .strict(),
    output: z.object({
      ...numberColumns('importId', 'rows', 'matched'),
      unmatched: z.array(z.object({ entryId: z.number(), rowNumber: z.number(), name: z.string(), uscc: z.string().nullable() })),
      vouchers: z.array(voucherRef),
    }),
    ...writes(LEDGER_KEEPERS),
  }),
  'levy.imports': method({
    title: '查看返拨明细导入记录',
    input: z.object({ ledgerId }).strict(),
    output: z.array(
      z.object({
        id: z.number(),
        ...textColumns('period', 'fileName'),
        amount: z.number(),
        entryDate: z.string(),
        ...numberColumns('rows', 'unmatched'),
        voucherLabel: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    ...reads(LEDGER_READERS),
  }),
  'levy.entries': method({
    title: '查看经费收缴台账',
    input: z.object({ ledgerId, year, importId: z.number().int().positive().optional().meta({ title: '导入批次' }), unmatchedOnly: z.boolean().default(false) }).strict(),
    output: z.array(levyEntry),
    ...reads(LEDGER_READERS),
  }),
  'levy.map': method({
    title: '对应返拨明细企业',
    input: z.object({ ledgerId, entryId: id('台账行'), enterpriseId: id('企业') }).strict(),
    output: z.object({ mapped: z.number() }),
    ...writes(LEDGER_KEEPERS),
  }),
  'levy.generate': method({
    title: '生成经费收缴凭证',
    input: z
      .object({ ledgerId, importId: z.number().int().positive().optional().meta({ title: '导入批次' }), period: monthText('月份').optional() })
      .strict()
      .refine((q) => (q.importId === undefined) !== (q.period === undefined), { message: '请选择一次返拨或一个月份', path: ['importId'] }),
    output: z.object({ vouchers: z.array(voucherRef) }),
    ...writes(LEDGER_KEEPERS),
  }),
  'levy.arrears': method({
    title: '查看欠缴与筹备金',
    input: z.object({ ledgerId, year, to: monthText('截止月份') }).strict(),
    output: z.object({ arrears: z.array(arrearsRow), prepLeads: z.array(prepLead) }),
    ...reads(LEDGER_READERS),
  }),
  'levy.found': method({
    title: '建会后分配筹备金',
    input: z.object({ ledgerId, enterpriseId: id('企业'), date: isoDate('凭证日期') }).strict(),
    output: voucherRef,
    ...writes(LEDGER_KEEPERS),
  }),
  'levy.report': method({
    title: '查看经费收缴情况表',
    input: z
      .object({
        ledgerId,
        year,
        from: monthText('起始月份').optional(),
        to: monthText('截止月份').optional(),
        unionCode: z.string().trim().max(40).optional().meta({ title: '工会编码' }),
      })
      .strict(),
    output: z.object({
      ...textColumns('title', 'orgName', 'range'),
      rows: z.array(reportRow),
      months: z.array(z.object({ period: z.string(), paid: z.number(), lastYearPaid: z.number() })),
    }),
    ...reads(LEDGER_READERS),
  }),
  'levy.export': method({
    title: '导出经费收缴情况表',
    input: z.object({ ledgerId, year, unionCode: z.string().trim().max(40).optional().meta({ title: '工会编码' }) }).strict(),
    output: fileOutput,
    ...reads(LEDGER_READERS),
  }),
}
