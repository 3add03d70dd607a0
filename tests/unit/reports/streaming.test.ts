import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { printableFile, type PrintValue } from '../../../electron/core/excel/printable'
import { AFTER_KEY, KEY_ORDER, monthPages } from '../../../electron/core/reports/paging'
import { tempDir } from '../helpers'

function* numbered(n: number): Generator<PrintValue[]> {
  for (let i = 1; i <= n; i++) yield [`第${i}行`, i * 100]
}
const sheet = (rows: Iterable<PrintValue[]>, rowCount?: number) => ({ name: '清单', title: '清单', headers: ['摘要', '金额'], rows, money: [1], widths: [20, 16], rowCount })

describe('streamed printable files', () => {
  it('writes rows as they come, reports rows written against the expected total, and reads back', async () => {
    const path = join(tempDir(), 'list.xlsx')
    const seen: [number, number][] = []
    const rows = await printableFile(path, [sheet(numbered(4500), 4500)], '某某街道总工会', '2026-11-24', { onRows: (done, total) => seen.push([done, total]) })
    expect(rows).toBe(4500)
    expect(seen).toEqual([
      [2000, 4500],
      [4000, 4500],
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path)
    const ws = workbook.worksheets[0]
    expect(ws.getCell('A1').value).toBe('清单')
    expect(ws.model.merges).toContain('A1:B1')
    expect(ws.getCell('B4503').value).toBe(4500)
    expect(ws.getCell('B4503').numFmt).toBe('#,##0.00')
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:3' })
  })

  it('stops at the next pause when cancelled and removes the partial file', async () => {
    const path = join(tempDir(), 'cancelled.xlsx')
    const controller = new AbortController()
    let pulled = 0
    const rows = (function* () {
      for (const row of numbered(100_000)) {
        pulled++
        yield row
      }
    })()
    const onRows = (done: number) => {
      if (done === 2000) controller.abort(new Error('已取消'))
    }
    await expect(printableFile(path, [sheet(rows)], '某某街道总工会', '2026-11-24', { onRows, signal: controller.signal })).rejects.toThrow('已取消')
    expect(pulled).toBeLessThanOrEqual(2500)
    expect(existsSync(path)).toBe(false)
  })
})

describe('keyset pages of book lines', () => {
  it('returns every line once, in book order, with no statement open between pages', () => {
    const db = new Database(':memory:')
    db.exec(`CREATE TABLE vouchers (id INTEGER PRIMARY KEY, period INT, date TEXT, word TEXT, number INT);
             CREATE TABLE voucher_lines (voucher_id INT, line_no INT, period INT);
             CREATE TABLE other_work (at INT)`)
    const addVoucher = db.prepare('INSERT INTO vouchers (period, date, word, number) VALUES (?, ?, ?, ?)')
    const addLine = db.prepare('INSERT INTO voucher_lines VALUES (?, ?, ?)')
    // Inserted out of order, with several vouchers on one day, two words, and an empty month.
    for (const [period, date, word, number, lines] of [
      [202603, '2026-03-02', '记', 2, 3],
      [202601, '2026-01-05', '记', 1, 2],
      [202603, '2026-03-02', '收', 1, 2],
      [202601, '2026-01-05', '记', 2, 3],
      [202603, '2026-03-01', '记', 1, 1],
    ] as const) {
      const id = Number(addVoucher.run(period, date, word, number).lastInsertRowid)
      for (let n = lines; n >= 1; n--) addLine.run(id, n, period)
    }
    const page = db.prepare(
      `SELECT v.date, v.word, v.number, l.line_no AS lineNo FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       WHERE l.period = @period AND ${AFTER_KEY} ORDER BY ${KEY_ORDER} LIMIT @limit`,
    )
    const write = db.prepare('INSERT INTO other_work VALUES (1)')
    const seen: string[] = []
    for (const line of monthPages(202601, 202603, (params) => page.all(params) as { date: string; word: string; number: number; lineNo: number }[], 2)) {
      // A write on the same connection while the generator is suspended, as another request would
      // make: better-sqlite3 throws "connection is busy" if a page's statement were still iterating.
      write.run()
      seen.push(`${line.date} ${line.word}-${line.number}/${line.lineNo}`)
    }
    expect(seen).toEqual([
      '2026-01-05 记-1/1',
      '2026-01-05 记-1/2',
      '2026-01-05 记-2/1',
      '2026-01-05 记-2/2',
      '2026-01-05 记-2/3',
      '2026-03-01 记-1/1',
      '2026-03-02 收-1/1',
      '2026-03-02 收-1/2',
      '2026-03-02 记-2/1',
      '2026-03-02 记-2/2',
      '2026-03-02 记-2/3',
    ])
  })
})
