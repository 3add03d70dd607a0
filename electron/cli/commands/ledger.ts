import type { OpenedCore } from '../../core'
import { AppError } from '../../shared/errors'
import { callAs, type CliContext, withData } from '../context'
import type { Command } from './types'

/** --union takes the 组织台账's 工会编码 (a 小二级 kept under 上代下核算 has its own 账套). */
async function unionIdOf(opened: OpenedCore, ctx: CliContext, code: string): Promise<number> {
  const found = (await callAs(opened, ctx, 'unions.list', {})).find((u) => u.code === code)
  if (!found) throw new AppError('NOT_FOUND', `工会编码“${code}”不存在（可在组织台账中查看）`)
  return found.id
}

export async function ledgerId(opened: OpenedCore, ctx: CliContext, code: unknown): Promise<number> {
  if (typeof code !== 'string' || !code) throw new AppError('VALIDATION', '请用 --ledger <账套编码> 指定账套')
  const found = (await callAs(opened, ctx, 'ledgers.list', {})).find((l) => l.code === code)
  if (!found) throw new AppError('NOT_FOUND', `账套“${code}”不存在或您无权访问（可用 uniondesk ledgers list 查看）`)
  return found.id
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
        const unionId = values.union ? await unionIdOf(opened, ctx, values.union as string) : null
        const input = { code: values.code as string, name: values.name as string, startPeriod: values.start as string, unionId }
        await callAs(opened, ctx, 'ledgers.create', input)
        return ctx.out(`已创建账套 ${values.code} ${values.name}，启用期间 ${values.start}`)
      }
      throw new AppError('VALIDATION', '用法：uniondesk ledgers list 或 uniondesk ledgers add …')
    })
  },
}

/** A command on one 账套 (--ledger <编码>) and one more flag, run through the router as the local user. */
function onLedger(usage: string, flag: string, run: (opened: OpenedCore, ctx: CliContext, ledgerId: number, value: string) => Promise<void>): Command {
  return {
    usage,
    options: { ledger: { type: 'string' }, [flag]: { type: 'string' } },
    run: (ctx, { values }) => withData(ctx, async (opened) => run(opened, ctx, await ledgerId(opened, ctx, values.ledger), String(values[flag] ?? ''))),
  }
}

export const closePeriod = onLedger('close-period --ledger <编码> --month YYYY-MM   期末结账（生成结转凭证）', 'month', async (opened, ctx, id, month) => {
  const r = await callAs(opened, ctx, 'periods.close', { ledgerId: id, period: month })
  ctx.out(`${month} 已结账${r.closingVouchers.length ? `，结转凭证 ${r.closingVouchers.join('、')}` : ''}`)
  for (const w of r.warnings) ctx.out(`提醒：${w}`)
})

export const closeYear = onLedger('close-year --ledger <编码> --year YYYY   年度结转（含 12 月结账，余额结转下年）', 'year', async (opened, ctx, id, year) => {
  const r = await callAs(opened, ctx, 'years.close', { ledgerId: id, year: Number(year) })
  ctx.out(`${year} 年度结转完成：凭证 ${r.vouchers.join('、') || '无'}，${r.nextYearOpeningAccounts} 个科目余额结转下年`)
  for (const w of r.warnings) ctx.out(`提醒：${w}`)
})
