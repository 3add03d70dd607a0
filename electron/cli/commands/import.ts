import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { REGISTRY_IMPORT_KINDS, type RegistryImportKind } from '../../shared/contract/imports'
import { AppError, rowErrorsOf } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import { callAs, type CliContext, withData } from '../context'
import { bankAccountId } from './bank-assets'
import { ledgerId } from './ledger'
import { importLevyReturns } from './levy'
import type { Command } from './types'

/** Reads any upload file (the bank statement may also be a .csv). */
function readXlsx(file: string | undefined): { fileName: string; content: string } {
  if (!file) throw new AppError('VALIDATION', '请指定要导入的 .xlsx 文件')
  try {
    return { fileName: basename(file), content: readFileSync(file).toString('base64') }
  } catch {
    throw new AppError('NOT_FOUND', `读不到文件 ${file}`)
  }
}

/** Print an import's row-level errors one per line, so a long report stays readable in a terminal. */
async function reportingRows<T>(ctx: CliContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof AppError && error.rows) {
      // The rows the import dialog lists, one line per Excel row.
      const byRow = new Map<number, string[]>()
      for (const { row, message } of rowErrorsOf(error)) byRow.set(row, [...(byRow.get(row) ?? []), message])
      for (const [row, messages] of byRow) ctx.out(`第 ${row} 行：${messages.join('；')}`)
      throw new AppError(error.code, error.message.split('。')[0])
    }
    throw error
  }
}

const isRegistryKind = (kind: string | undefined): kind is RegistryImportKind => REGISTRY_IMPORT_KINDS.includes(kind as RegistryImportKind)

/** The ledger's imports need a 账套; the registry's go into the one register of this data folder. */
export const importCommand: Command = {
  usage: `import vouchers <文件.xlsx> --ledger <编码> [--post] | import opening-balances <文件.xlsx> --ledger <编码>   导入凭证或期初余额
  import ${REGISTRY_IMPORT_KINDS.join('|')} <文件.xlsx>   导入组织台账（按工会编码、统一社会信用代码等更新）
  import budget <文件.xlsx> --ledger <编码> --year <年度>   导入年度预算（替换编制中的预算项目）
  import levy-returns <文件.xlsx> --ledger <编码> --period YYYY-MM --amount <元>   导入返拨明细（记入经费收缴台账并生成凭证）
  import bank-statement <文件.xlsx|文件.csv> --ledger <编码> --account <科目编码> [--mapping <名称>]   导入银行对账单并自动对账
  import assets <文件.xlsx> --ledger <编码>   导入固定资产卡片（不生成凭证）`,
  options: {
    ledger: { type: 'string' },
    post: { type: 'boolean' },
    year: { type: 'string' },
    period: { type: 'string' },
    amount: { type: 'string' },
    account: { type: 'string' },
    mapping: { type: 'string' },
  },
  async run(ctx, { values, positionals }) {
    const [kind, file] = positionals
    if (!['vouchers', 'opening-balances', 'budget', 'levy-returns', 'bank-statement', 'assets'].includes(kind) && !isRegistryKind(kind)) {
      throw new AppError('VALIDATION', `用法：uniondesk import vouchers|opening-balances|budget|levy-returns|bank-statement|assets|${REGISTRY_IMPORT_KINDS.join('|')} <文件.xlsx>`)
    }
    const upload = readXlsx(file)
    if (kind === 'levy-returns') return importLevyReturns(ctx, upload, values, reportingRows)
    await withData(ctx, async (opened) => {
      if (kind === 'bank-statement') {
        const bankAccount = await bankAccountId(opened, ctx, values)
        const mapping = typeof values.mapping === 'string' ? values.mapping : undefined
        const r = await reportingRows(ctx, () => callAs(opened, ctx, 'bank.importStatement', { bankAccountId: bankAccount, ...upload, mapping }))
        ctx.out(`已导入对账单 ${r.imported} 行${r.first ? `（${r.first} 至 ${r.last}）` : ''}，跳过已导入 ${r.skipped} 行，自动勾对 ${r.matched} 组`)
        for (const b of r.balanceBreaks) ctx.out(`余额不连续：第 ${b.row} 行应为 ${formatFen(b.expected)}，对账单为 ${formatFen(b.actual)}`)
        return
      }
      if (kind === 'assets') {
        const id = await ledgerId(opened, ctx, values.ledger)
        const r = await reportingRows(ctx, () => callAs(opened, ctx, 'assets.import', { ledgerId: id, ...upload }))
        return ctx.out(`已导入固定资产卡片 ${r.created} 张，原值 ${formatFen(r.cost)} 元，已提折旧 ${formatFen(r.accumulated)} 元（不生成凭证，请用 uniondesk check 核对 162/163）`)
      }
      if (isRegistryKind(kind)) {
        const r = await reportingRows(ctx, () => callAs(opened, ctx, 'import.registry', { kind, ...upload }))
        return ctx.out(`已导入 ${r.rows} 行：新增 ${r.created}，更新 ${r.updated}`)
      }
      const id = await ledgerId(opened, ctx, values.ledger)
      if (kind === 'budget') {
        const year = Number(values.year)
        if (!Number.isInteger(year)) throw new AppError('VALIDATION', '请用 --year <年度> 指定预算年度，如 --year 2026')
        const r = await reportingRows(ctx, () => callAs(opened, ctx, 'budget.import', { ledgerId: id, year, ...upload }))
        return ctx.out(`已导入 ${year}年预算 ${r.lines} 个项目（${r.created ? '新建预算' : '替换编制中的预算项目'}），年初预算数合计 ${formatFen(r.original)} 元`)
      }
      if (kind === 'vouchers') {
        const r = await reportingRows(ctx, () => callAs(opened, ctx, 'import.vouchers', { ledgerId: id, ...upload, post: Boolean(values.post) }))
        return ctx.out(`已导入 ${r.vouchers} 张凭证（${r.lines} 行，${r.first} 至 ${r.last}），${r.posted ? '已记账' : '为草稿，待审核'}`)
      }
      const r = await reportingRows(ctx, () => callAs(opened, ctx, 'import.openingBalances', { ledgerId: id, ...upload }))
      ctx.out(`已导入 ${r.accounts} 个科目的期初余额；合计借方 ${(r.totalDebit / 100).toFixed(2)}，贷方 ${(r.totalCredit / 100).toFixed(2)}`)
    })
  },
}
