import { createWriteStream } from 'node:fs'
import { finished } from 'node:stream/promises'
import type ExcelJS from 'exceljs'
import type { Core } from '../app'
import { loadExcelJS } from '../excel/sheet'
import { PAGE_FOOTER } from '../excel/printable'
import type { LedgerRecord } from '../ledger/access'

/** Which vouchers to print: one month, optionally a number range of it; posted vouchers only, in 字号 order. */
export interface VoucherRange {
  period: number
  fromNumber?: number
  toNumber?: number
}

interface VoucherHead {
  id: number
  word: string
  number: number
  date: string
  attachments: number
  maker: string
  reviewer: string | null
  cashier: string | null
  poster: string | null
}

export function vouchersIn(core: Core, ledger: LedgerRecord, r: VoucherRange): VoucherHead[] {
  return core.sqlite
    .prepare(
      `SELECT v.id, v.word, v.number, v.date, v.attachments, cu.display_name AS maker, ru.display_name AS reviewer, xu.display_name AS cashier, pu.display_name AS poster
       FROM vouchers v JOIN users cu ON cu.id = v.created_by LEFT JOIN users ru ON ru.id = v.reviewed_by
       LEFT JOIN users xu ON xu.id = v.cashier_by LEFT JOIN users pu ON pu.id = v.posted_by
       WHERE v.ledger_id = ? AND v.period = ? AND v.status = 'posted' AND v.number BETWEEN ? AND ?
       ORDER BY v.word, v.number`,
    )
    .all(ledger.id, r.period, r.fromNumber ?? 1, r.toNumber ?? 1e9) as VoucherHead[]
}

const thin = { style: 'thin' as const }
const BORDER = { top: thin, left: thin, bottom: thin, right: thin }
const CELL: Partial<ExcelJS.Style> = { border: BORDER, alignment: { vertical: 'middle', wrapText: true } }
const MONEY: Partial<ExcelJS.Style> = { border: BORDER, numFmt: '#,##0.00;[Red]-#,##0.00' }
const HEAD: Partial<ExcelJS.Style> = { border: BORDER, font: { bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } }
/** Fixed body height of a voucher (JCGF: blank lines between the last amount and the total are struck through). */
const BODY_LINES = 6

const label = (v: Pick<VoucherHead, 'word' | 'number'>) => `${v.word}-${String(v.number).padStart(3, '0')}`

/**
 * 凭证封面 and the vouchers in the standard 记账凭证 layout (reference §7.1: date, 字号, 摘要, 科目编码 and
 * name, 借方/贷方 with totals, 附件张数, 制单/审核/记账/出纳/会计主管), one voucher per page (a page break
 * after each), A4 landscape fitted to the width — the archive and 凭证批量打印 print the same file.
 */
export async function writeVoucherBook(core: Core, ledger: LedgerRecord, r: VoucherRange, path: string, keeper = { head: '', binder: '' }): Promise<number> {
  const heads = vouchersIn(core, ledger, r)
  const out = createWriteStream(path)
  const done = finished(out)
  const wb = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true })
  const setup = {
    paperSize: 9,
    orientation: 'landscape' as const,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  }
  const month = `${Math.floor(r.period / 100)}年${r.period % 100}月`

  const cover = wb.addWorksheet('凭证封面', { pageSetup: setup })
  cover.columns = [{ width: 22 }, { width: 60 }]
  const title = cover.addRow(['会计凭证封面'])
  title.getCell(1).font = { bold: true, size: 20 }
  title.getCell(1).alignment = { horizontal: 'center' }
  title.height = 40
  cover.mergeCells(1, 1, 1, 2)
  title.commit()
  const attachments = heads.reduce((n, v) => n + v.attachments, 0)
  const range = heads.length ? `${label(heads[0])} 至 ${label(heads[heads.length - 1])}` : '（本期无凭证）'
  for (const [k, v] of [
    ['单位名称', ledger.orgName],
    ['账套', `${ledger.code} ${ledger.name}`],
    ['年月', month],
    ['凭证起止号', range],
    ['凭证张数', `${heads.length} 张`],
    ['附件张数', `${attachments} 张`],
    ['会计主管', keeper.head],
    ['装订人', keeper.binder],
    ['装订日期', ''],
  ]) {
    const row = cover.addRow([k, v])
    row.height = 30
    row.getCell(1).style = HEAD
    row.getCell(2).style = CELL
    row.commit()
  }
  cover.commit()

  const ws = wb.addWorksheet('记账凭证', { pageSetup: setup, headerFooter: { oddFooter: PAGE_FOOTER } })
  ws.columns = [{ width: 30 }, { width: 12 }, { width: 34 }, { width: 16 }, { width: 16 }]
  const lines = core.sqlite.prepare(
    `SELECT l.summary, a.code, a.name, l.debit, l.credit, l.counterpart FROM voucher_lines l JOIN accounts a ON a.id = l.account_id WHERE l.voucher_id = ? ORDER BY l.line_no`,
  )
  const fullName = new Map(
    (core.sqlite.prepare('SELECT code, name FROM accounts WHERE ledger_id = ?').all(ledger.id) as { code: string; name: string }[]).map((a) => [a.code, a.name]),
  )
  const accountText = (code: string, name: string) => (code.length > 3 ? `${fullName.get(code.slice(0, 3)) ?? ''}—${name}` : name)
  for (const v of heads) {
    const t = ws.addRow(['记 账 凭 证'])
    t.getCell(1).font = { bold: true, size: 16 }
    t.getCell(1).alignment = { horizontal: 'center' }
    ws.mergeCells(t.number, 1, t.number, 5)
    t.commit()
    const info = ws.addRow([`单位：${ledger.orgName}`, null, `日期：${v.date}`, `凭证号：${label(v)}`, `附件 ${v.attachments} 张`])
    ws.mergeCells(info.number, 1, info.number, 2)
    info.commit()
    const head = ws.addRow(['摘要', '科目编码', '会计科目', '借方金额', '贷方金额'])
    head.eachCell((c) => (c.style = HEAD))
    head.commit()
    const rows = lines.all(v.id) as { summary: string; code: string; name: string; debit: number; credit: number; counterpart: string | null }[]
    let debit = 0
    let credit = 0
    for (const l of rows) {
      debit += l.debit
      credit += l.credit
      const row = ws.addRow([
        l.summary,
        l.code,
        accountText(l.code, l.name) + (l.counterpart ? `（${l.counterpart}）` : ''),
        l.debit ? l.debit / 100 : null,
        l.credit ? l.credit / 100 : null,
      ])
      row.eachCell({ includeEmpty: true }, (c, i) => (c.style = i >= 4 ? MONEY : CELL))
      row.commit()
    }
    for (let i = rows.length; i < BODY_LINES; i++) {
      const row = ws.addRow(['', '', '', null, null])
      row.eachCell({ includeEmpty: true }, (c) => (c.style = CELL))
      row.commit()
    }
    const total = ws.addRow([`合计（附件 ${v.attachments} 张）`, '', '', debit / 100, credit / 100])
    total.eachCell({ includeEmpty: true }, (c, i) => (c.style = i >= 4 ? MONEY : HEAD))
    total.commit()
    const sign = ws.addRow([`会计主管：${keeper.head}    记账：${v.poster ?? ''}`, null, `审核：${v.reviewer ?? ''}    出纳：${v.cashier ?? ''}`, `制单：${v.maker}`, null])
    ws.mergeCells(sign.number, 1, sign.number, 2)
    sign.addPageBreak()
    sign.commit()
  }
  ws.commit()
  await wb.commit()
  await done
  return heads.length
}
