import { randomUUID } from 'node:crypto'
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { CATEGORY_LABELS, monthOfPeriod, yearOfPeriod } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import type { HandlerContext } from '../api/types'
import type { Core } from '../app'
import { exportFiles } from '../excel/export-files'
import { ledgerFor, type LedgerRecord } from '../ledger/access'
import { chartOf } from '../ledger/accounts'
import { voucherLabel } from '../ledger/voucher-store'

/**
 * The 账套 as a plain-text hledger/ledger journal: the start year's opening balances as one
 * transaction, then one transaction per posted voucher in date order. Account names are the
 * category and the code path, e.g. `资产:102 银行存款:10201 工商银行` — codes keep names unique and
 * sort like the chart; single spaces are allowed inside hledger account names (two end them).
 */
export function* journalLines(core: Core, ledger: LedgerRecord): Generator<string> {
  const chart = chartOf(core, ledger.id)
  const byCode = new Map(chart.map((a) => [a.code, a]))
  const names = new Map(
    chart.map((a) => {
      const path: string[] = []
      for (let code = a.code; code.length >= 3; code = code.slice(0, -2)) path.unshift(`${code} ${byCode.get(code)?.name ?? code}`)
      return [a.id, `${CATEGORY_LABELS[a.category].replace(/类$/, '')}:${path.join(':')}`]
    }),
  )
  const posting = (accountId: number, net: number) => `    ${names.get(accountId)}  ${formatFen(net, { thousands: false })} CNY`
  yield `; ${ledger.code} ${ledger.name}（${ledger.orgName}），由 UnionDesk 导出；金额单位 元`
  yield 'commodity 1000.00 CNY'
  yield ''
  const startYear = yearOfPeriod(ledger.startPeriod)
  const openings = core.sqlite
    .prepare('SELECT account_id AS id, debit - credit AS net FROM opening_balances WHERE ledger_id = ? AND year = ? AND debit <> credit ORDER BY account_id')
    .all(ledger.id, startYear) as { id: number; net: number }[]
  if (openings.length) {
    yield `${startYear}-${String(monthOfPeriod(ledger.startPeriod)).padStart(2, '0')}-01 * 期初余额`
    for (const o of openings) yield posting(o.id, o.net)
    yield ''
  }
  const lines = core.sqlite
    .prepare(
      `SELECT v.id AS voucherId, v.date, v.word, v.number, l.summary, l.account_id AS accountId, l.debit - l.credit AS net
       FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       WHERE l.ledger_id = ? AND l.posted = 1 ORDER BY v.date, v.period, v.word, v.number, l.line_no`,
    )
    .iterate(ledger.id) as IterableIterator<{ voucherId: number; date: string; word: string; number: number; summary: string; accountId: number; net: number }>
  let current = 0
  for (const l of lines) {
    if (l.voucherId !== current) {
      if (current) yield ''
      current = l.voucherId
      yield `${l.date} * ${voucherLabel(l)} ${l.summary.replace(/[;|]/g, ' ')}  ; voucherId:${l.voucherId}`
    }
    yield posting(l.accountId, l.net)
  }
  if (current) yield ''
}

/**
 * Write the journal to a file as it is read. Synchronous writes keep the SQLite statement from
 * spanning an await, and only a small batch of lines is ever held in memory.
 */
export function writeJournal(core: Core, ledger: LedgerRecord, path: string): number {
  const fd = openSync(path, 'w')
  let count = 0
  let batch: string[] = []
  try {
    for (const line of journalLines(core, ledger)) {
      batch.push(line)
      if (line.includes('; voucherId:')) count++
      if (batch.length >= 2000) {
        writeSync(fd, batch.join('\n') + '\n')
        batch = []
      }
    }
    if (batch.length) writeSync(fd, batch.join('\n') + '\n')
  } finally {
    closeSync(fd)
  }
  return count
}

/** reports.exportJournal: the journal written under `<data>/exports` and handed out once, as reports.export does. */
export function exportJournal(ctx: HandlerContext, input: { ledgerId: number }) {
  const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
  const files = exportFiles(ctx.core)
  const userId = ctx.user!.id
  const job = files.start(randomUUID(), userId)
  try {
    const vouchers = writeJournal(ctx.core, ledger, job.path)
    const fileName = `UnionDesk-${ledger.code}.journal`
    return { fileName, vouchers, bytes: statSync(job.path).size, download: files.publish(job.path, fileName, userId) }
  } catch (error) {
    rmSync(job.path, { force: true })
    throw error
  } finally {
    job.done()
  }
}
