import { writeFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { OpenedCore } from '../../core'
import { assetTieOut } from '../../core/assets/register'
import { DATABASE_FILE } from '../../core/app'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import { callAs, type CliContext, withData } from '../context'
import { ledgerId } from './ledger'
import type { Command, ParsedArgs } from './types'

/** --account <科目编码>: the bank account linked to that 102 leaf of the 账套. */
export async function bankAccountId(opened: OpenedCore, ctx: CliContext, values: ParsedArgs['values']): Promise<number> {
  const ledger = await ledgerId(opened, ctx, values.ledger)
  if (typeof values.account !== 'string' || !values.account) throw new AppError('VALIDATION', '请用 --account <科目编码> 指定银行账户对应的银行存款科目，如 --account 10201')
  const accounts = await callAs(opened, ctx, 'bank.accounts', { ledgerId: ledger })
  const found = accounts.find((a) => a.accountCode === values.account)
  if (!found) {
    const known = accounts.map((a) => `${a.accountCode}（${a.bankName} ${a.number}）`).join('、') || '无'
    throw new AppError('NOT_FOUND', `科目 ${values.account} 没有关联银行账户；本账套的银行账户：${known}`)
  }
  return found.id
}

const period = (v: unknown, flag: string) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}$/.test(v)) throw new AppError('VALIDATION', `请用 --${flag} YYYY-MM 指定月份`)
  return v
}

function writeOut(path: unknown, content: string): string {
  if (typeof path !== 'string' || !path) throw new AppError('VALIDATION', '请用 --out <文件.xlsx> 指定导出到哪个文件')
  try {
    writeFileSync(path, Buffer.from(content, 'base64'))
  } catch {
    throw new AppError('CONFLICT', `不能写入 ${path}：请检查文件夹是否存在、文件是否正在 Excel 中打开`)
  }
  return path
}

/** export bank-reconciliation / asset-register: small workbooks that come back whole through the router. */
export async function exportBankOrAssets(ctx: CliContext, kind: 'bank-reconciliation' | 'asset-register', values: ParsedArgs['values']) {
  await withData(ctx, async (opened) => {
    if (kind === 'bank-reconciliation') {
      const bankAccount = await bankAccountId(opened, ctx, values)
      const p = period(values.period, 'period')
      const r = await callAs(opened, ctx, 'bank.reconciliation', { bankAccountId: bankAccount, period: p })
      const file = await callAs(opened, ctx, 'bank.exportReconciliation', { bankAccountId: bankAccount, period: p })
      ctx.out(`已导出 ${p} 银行存款余额调节表到 ${writeOut(values.out, file.content)}`)
      ctx.out(
        `调节后余额：银行 ${formatFen(r.adjustedBank)}，单位 ${formatFen(r.adjustedBook)}${r.balanced ? '，相等' : `，不相等（差额 ${formatFen(r.adjustedBank - r.adjustedBook)}）`}`,
      )
      return
    }
    const id = await ledgerId(opened, ctx, values.ledger)
    const file = await callAs(opened, ctx, 'assets.export', { ledgerId: id, period: period(values.period, 'period') })
    ctx.out(`已导出资产台账（含按类别、按部门汇总和折旧计提表）到 ${writeOut(values.out, file.content)}`)
  })
}

export const depreciate: Command = {
  usage: 'depreciate --ledger <编码> --month YYYY-MM   计提当月固定资产折旧（生成草稿凭证：借 30104 资产基金，贷 163 累计折旧）',
  options: { ledger: { type: 'string' }, month: { type: 'string' } },
  async run(ctx, { values }) {
    await withData(ctx, async (opened) => {
      const id = await ledgerId(opened, ctx, values.ledger)
      const r = await callAs(opened, ctx, 'assets.depreciate', { ledgerId: id, month: period(values.month, 'month') })
      ctx.out(`${values.month} 计提折旧 ${r.assets} 项资产，合计 ${formatFen(r.amount)} 元，凭证 ${r.voucher}（草稿，请审核记账）`)
    })
  },
}

/** `check`'s 账实核对 lines, read straight from the file (check opens nothing for writing). */
export function assetCheckLines(dataDir: string, month: string): { lines: string[]; ok: boolean } {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true })
  try {
    const hasAssets = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'assets'`).get()
    if (!hasAssets) return { lines: [], ok: true }
    const ledgers = db.prepare(`SELECT DISTINCT l.id, l.code, l.name FROM ledgers l JOIN assets a ON a.ledger_id = l.id ORDER BY l.code`).all() as {
      id: number
      code: string
      name: string
    }[]
    const lines: string[] = []
    let ok = true
    for (const l of ledgers) {
      const t = assetTieOut(db, l.id, month)
      ok &&= t.ok
      for (const c of t.checks)
        lines.push(`${l.code} ${l.name} ${month} ${c.label}：${c.ok ? '一致' : `不一致，台账 ${formatFen(c.register)}，账簿 ${formatFen(c.ledger)}；${c.note}`}`)
    }
    return { lines, ok }
  } finally {
    db.close()
  }
}
