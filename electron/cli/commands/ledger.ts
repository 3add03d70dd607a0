import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { OpenedCore } from '../../core'
import { AppError } from '../../shared/errors'
import { callAs, type CliContext, withData } from '../context'
import type { Command } from './types'

async function ledgerId(opened: OpenedCore, ctx: CliContext, code: unknown): Promise<number> {
  if (typeof code !== 'string' || !code) throw new AppError('VALIDATION', '请用 --ledger <账套编码> 指定账套')
  const found = (await callAs(opened, ctx, 'ledgers.list', {})).find((l) => l.code === code)
  if (!found) throw new AppError('NOT_FOUND', `账套“${code}”不存在或您无权访问（可用 uniondesk ledgers list 查看）`)
  return found.id
}

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
    if (error instanceof AppError && error.fields) {
      for (const [row, message] of Object.entries(error.fields)) ctx.out(`${row}：${message}`)
      throw new AppError(error.code, error.message.split('。')[0])
    }
    throw error
  }
}

export const ledgers: Command = {
  usage: 'ledgers list | ledgers add --code <编码> --name <名称> --start YYYY-MM [--union <工会编码>]   管理账套',
  options: { code: { type: 'string' }, name: { type: 'string' }, start: { type: 'string' }, union: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    await withData(ctx, async (opened) => {
      if (positionals[0] === 'list') {
        const rows = await callAs(opened, ctx, 'ledgers.list', {})
        if (ctx.json) return ctx.out(JSON.stringify(rows, null, 2))
        if (!rows.length) return ctx.out('还没有账套')
        for (const l of rows) ctx.out(`${l.code}\t${l.name}\t启用 ${l.startPeriod}\t当前期间 ${l.currentPeriod}`)
        return
      }
      if (positionals[0] === 'add') {
        if (!values.code || !values.name || !values.start) throw new AppError('VALIDATION', 'ledgers add 需要 --code、--name 和 --start YYYY-MM')
        if (values.union) throw new AppError('VALIDATION', '组织台账尚未启用，暂不能用 --union 关联工会；请先不带 --union 建账')
        const input = { code: values.code as string, name: values.name as string, startPeriod: values.start as string }
        await callAs(opened, ctx, 'ledgers.create', input)
        return ctx.out(`已创建账套 ${values.code} ${values.name}，启用期间 ${values.start}`)
      }
      throw new AppError('VALIDATION', '用法：uniondesk ledgers list 或 uniondesk ledgers add …')
    })
  },
}

export const importCommand: Command = {
  usage: 'import vouchers <文件.xlsx> --ledger <编码> [--post] | import opening-balances <文件.xlsx> --ledger <编码>   导入凭证或期初余额',
  options: { ledger: { type: 'string' }, post: { type: 'boolean' } },
  async run(ctx, { values, positionals }) {
    const [kind, file] = positionals
    if (kind !== 'vouchers' && kind !== 'opening-balances') throw new AppError('VALIDATION', '用法：uniondesk import vouchers|opening-balances <文件.xlsx> --ledger <编码>')
    const upload = readXlsx(file)
    await withData(ctx, async (opened) => {
      const id = await ledgerId(opened, ctx, values.ledger)
      if (kind === 'vouchers') {
        const r = await reportingRows(ctx, () => callAs(opened, ctx, 'import.vouchers', { ledgerId: id, ...upload, post: Boolean(values.post) }))
        return ctx.out(`已导入 ${r.vouchers} 张凭证（${r.lines} 行，${r.first} 至 ${r.last}），${r.posted ? '已记账' : '为草稿，待审核'}`)
      }
      const r = await reportingRows(ctx, () => callAs(opened, ctx, 'import.openingBalances', { ledgerId: id, ...upload }))
      ctx.out(`已导入 ${r.accounts} 个科目的期初余额；合计借方 ${(r.totalDebit / 100).toFixed(2)}，贷方 ${(r.totalCredit / 100).toFixed(2)}`)
    })
  },
}

export const closePeriod: Command = {
  usage: 'close-period --ledger <编码> --month YYYY-MM   期末结账（生成结转凭证）',
  options: { ledger: { type: 'string' }, month: { type: 'string' } },
  async run(ctx, { values }) {
    await withData(ctx, async (opened) => {
      const id = await ledgerId(opened, ctx, values.ledger)
      const r = await callAs(opened, ctx, 'periods.close', { ledgerId: id, period: String(values.month ?? '') })
      ctx.out(`${values.month} 已结账${r.closingVouchers.length ? `，结转凭证 ${r.closingVouchers.join('、')}` : ''}`)
    })
  },
}

export const closeYear: Command = {
  usage: 'close-year --ledger <编码> --year YYYY   年度结转（含 12 月结账，余额结转下年）',
  options: { ledger: { type: 'string' }, year: { type: 'string' } },
  async run(ctx, { values }) {
    await withData(ctx, async (opened) => {
      const id = await ledgerId(opened, ctx, values.ledger)
      const r = await callAs(opened, ctx, 'years.close', { ledgerId: id, year: Number(values.year) })
      ctx.out(`${values.year} 年度结转完成：凭证 ${r.vouchers.join('、') || '无'}，${r.nextYearOpeningAccounts} 个科目余额结转下年`)
    })
  },
}
