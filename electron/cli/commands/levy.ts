import { writeFileSync } from 'node:fs'
import { AppError } from '../../shared/errors'
import { formatFen, parseYuanToFen } from '../../shared/money'
import { callAs, withData, type CliContext } from '../context'
import { ledgerId } from './ledger'
import type { ParsedArgs } from './types'

type Upload = { fileName: string; content: string }
type Reporting = <T>(ctx: CliContext, run: () => Promise<T>) => Promise<T>

/**
 * `import levy-returns <file.xlsx> --ledger <编码> --period YYYY-MM --amount <元>`: records the 台账 rows
 * and, when every row found its enterprise, that transfer's draft vouchers — in one transaction.
 */
export async function importLevyReturns(ctx: CliContext, upload: Upload, values: ParsedArgs['values'], reporting: Reporting) {
  const amount = typeof values.amount === 'string' ? parseYuanToFen(values.amount) : null
  if (amount === null || amount <= 0) throw new AppError('VALIDATION', '请用 --amount <元> 指定本次到账金额，如 --amount 12345.67')
  if (typeof values.period !== 'string') throw new AppError('VALIDATION', '请用 --period YYYY-MM 指定返拨所属月份')
  await withData(ctx, async (opened) => {
    const id = await ledgerId(opened, ctx, values.ledger)
    const r = await reporting(ctx, () => callAs(opened, ctx, 'levy.import', { ledgerId: id, period: values.period as string, amount, vouchers: true, ...upload }))
    ctx.out(`已导入返拨明细 ${r.rows} 行（${formatFen(amount)} 元），匹配企业 ${r.matched} 行`)
    for (const u of r.unmatched) ctx.out(`未匹配：第 ${u.rowNumber} 行 ${u.name}${u.uscc ? `（${u.uscc}）` : ''}`)
    if (r.unmatched.length) return ctx.out('有未匹配的企业，未生成凭证：请在“经费收缴 › 收缴台账”中对应企业后生成凭证')
    ctx.out(`已生成草稿凭证：${r.vouchers.map((v) => `${v.ledgerCode} ${v.label}`).join('、')}（待审核记账）`)
  })
}

/** `export levy-register --year YYYY [--union <工会编码>] --out <file.xlsx>`: the 经费收缴情况表 of the 街镇 账套. */
export async function exportLevyRegister(ctx: CliContext, values: ParsedArgs['values'], out: string, cannotWrite: (p: string) => AppError) {
  const year = Number(values.year)
  if (!Number.isInteger(year) || String(values.year).length !== 4) throw new AppError('VALIDATION', '请用 --year YYYY 指定年度')
  await withData(ctx, async (opened) => {
    let id: number
    if (values.ledger) id = await ledgerId(opened, ctx, values.ledger)
    else {
      const streets = await callAs(opened, ctx, 'funding.streets', {})
      if (streets.length !== 1) throw new AppError('VALIDATION', streets.length ? '有多个街镇账套，请用 --ledger <编码> 指定' : '没有关联到街镇总工会的账套')
      id = streets[0].ledgerId
    }
    const unionCode = typeof values.union === 'string' && values.union ? values.union : undefined
    const { fileName, content } = await callAs(opened, ctx, 'levy.export', { ledgerId: id, year, unionCode })
    try {
      writeFileSync(out, Buffer.from(content, 'base64'))
    } catch {
      throw cannotWrite(out)
    }
    ctx.out(`已导出 ${fileName.replace(/^UnionDesk-|\.xlsx$/g, '')} 到 ${out}`)
  })
}
