import type { LedgerImportKind } from '../../shared/contract/imports'
import type { HandlerMap } from '../api/types'
import type { TemplateSpec } from '../excel/sheet'
import { importOpening, OPENING_COLUMNS } from './import-opening'
import { importVouchers, VOUCHER_COLUMNS } from './import-vouchers'

const VOUCHER_NOTES: Record<(typeof VOUCHER_COLUMNS)[number], [width: number, note: string]> = {
  日期: [12, '凭证日期，如 2026-01-05；须在未结账的期间内'],
  凭证字: [8, '记、收、付、转等，须是本账套启用的凭证字；不填为“记”'],
  凭证号: [8, '同一月份内凭证字和凭证号相同的行组成一张凭证；导入后按日期重新连续编号'],
  摘要: [28, '每行必填，最多 100 字'],
  科目编码: [12, '须为本账套已启用的末级科目编码，如 50105'],
  借方金额: [14, '单位：元，最多两位小数；借方、贷方只能填一个；红字填负数'],
  贷方金额: [14, '同上'],
  项目: [16, '项目编码或名称；支出科目填了项目即为项目支出，不填为基本支出'],
  资金性质: [10, '收入、支出科目必填：专项 或 非专项'],
  附件数: [8, '原始凭证张数，每张凭证填在第一行即可'],
}

const OPENING_NOTES: Record<(typeof OPENING_COLUMNS)[number], [width: number, note: string]> = {
  科目编码: [12, '末级科目编码，如 102、32205'],
  借方余额: [16, '单位：元，最多两位小数；借方、贷方只能填一个'],
  贷方余额: [16, '同上；合计借方须等于合计贷方'],
  本年累计借方: [16, '年中建账（启用期间不是 1 月）才填：1 月至启用前一月的借方发生额；收入、支出科目余额为 0，累计借贷方相等'],
  本年累计贷方: [16, '同上，贷方发生额；合计本年累计借方须等于合计本年累计贷方。1 月启用的账套留空'],
}

const columns = <K extends string>(notes: Record<K, [number, string]>) =>
  (Object.entries(notes) as [K, [number, string]][]).map(([header, [width, note]]) => ({ header, width, note }))

/** The 账务处理 templates; excel/templates.ts serves them with the registry's through import.template. */
export const LEDGER_TEMPLATES: Record<LedgerImportKind, TemplateSpec> = {
  vouchers: {
    fileName: 'UnionDesk-凭证导入模板.xlsx',
    title: '凭证',
    columns: columns(VOUCHER_NOTES),
    examples: [
      ['2026-01-05', '记', 1, '收取会费', '102', 5000, '', '', '', 1],
      ['2026-01-05', '记', 1, '收取会费', '401', '', 5000, '', '非专项', ''],
    ],
  },
  'opening-balances': {
    fileName: 'UnionDesk-期初余额导入模板.xlsx',
    title: '期初余额',
    columns: columns(OPENING_NOTES),
    examples: [
      ['102', 100000, ''],
      ['32205', '', 100000],
    ],
  },
}

export const importHandlers: HandlerMap<'import.vouchers' | 'import.openingBalances'> = {
  'import.vouchers': importVouchers,
  'import.openingBalances': importOpening,
}
