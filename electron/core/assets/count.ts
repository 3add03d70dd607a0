import { ASSET_CATEGORY_LABELS } from '../../shared/asset-terms'
import type { CountProposal } from '../../shared/contract/assets'
import { LEDGER_KEEPERS, LEDGER_READERS } from '../../shared/contract/ledgers'
import { formatFen } from '../../shared/money'
import { prepared, type HandlerMap } from '../api/types'
import { RowProblems, decodeUpload } from '../excel/problems'
import { cellText, loadExcelJS, readRows, type SheetRow } from '../excel/sheet'
import { ledgerFor } from '../ledger/access'
import { assetRows } from './cards'

/** The count sheet's columns; the 实盘数量 and 备注 columns are what the counters fill in. */
const COUNT_COLUMNS = ['资产编号', '资产名称', '资产类别', '使用部门', '使用人', '存放地点', '账面数量', '实盘数量', '备注']

/**
 * 年度盘点 (reference §2.3: counted at least yearly, differences through 182): the sheet lists the cards on hand
 * at the count date; the returned sheet yields one proposal per difference. Nothing is booked here — a 盘亏 is
 * booked through 资产处置 (毁损/盘亏) after approval, a 盘盈 as a card at its replacement cost.
 */
export const countHandlers: HandlerMap<'assets.countSheet' | 'assets.importCount'> = {
  'assets.countSheet': prepared<'assets.countSheet', { fileName: string; buffer: Buffer }>(
    async (ctx, input) => {
      const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
      const workbook = new (await loadExcelJS()).Workbook()
      const sheet = workbook.addWorksheet('盘点表', { views: [{ state: 'frozen', ySplit: 1 }] })
      sheet.columns = COUNT_COLUMNS.map((header) => ({ header, width: header === '资产名称' ? 24 : 14 }))
      sheet.getRow(1).font = { bold: true }
      for (const r of assetRows(ctx.core, ledger.id, input.date.slice(0, 7))) {
        if (r.acquiredOn <= input.date) sheet.addRow([r.code, r.name, ASSET_CATEGORY_LABELS[r.category], r.department, r.keeper, r.location, r.quantity, null, ''])
      }
      return { fileName: `UnionDesk-资产盘点表-${ledger.code}-${input.date}.xlsx`, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) }
    },
    (_ctx, _input, { fileName, buffer }) => ({ fileName, content: buffer.toString('base64') }),
  ),

  'assets.importCount': prepared<'assets.importCount', SheetRow[]>(
    (_ctx, input) => readRows(decodeUpload(input.content), ['资产编号', '资产名称', '实盘数量']),
    (ctx, input, rows) => {
      const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
      const cards = new Map(assetRows(ctx.core, ledger.id, input.date.slice(0, 7)).map((r) => [r.code, r]))
      const problems = new RowProblems()
      const proposals: CountProposal[] = []
      const seen = new Set<string>()
      for (const row of rows) {
        const code = cellText(row.get('资产编号'))
        const counted = Number(cellText(row.get('实盘数量')))
        if (!cellText(row.get('实盘数量')) || !Number.isInteger(counted) || counted < 0) {
          problems.add(row.rowNumber, '“实盘数量”列应为不小于 0 的整数')
          continue
        }
        const card = cards.get(code)
        seen.add(code)
        const name = card?.name ?? cellText(row.get('资产名称'))
        const base = { row: row.rowNumber, code, name, bookQuantity: card?.quantity ?? 0, countedQuantity: counted }
        if (!card) {
          if (counted > 0) proposals.push({ ...base, kind: 'surplus', amount: 0, entry: '盘盈：按重置成本登记卡片，借 162 固定资产，贷 30104 资产基金—固定资产（报经批准）' })
          continue
        }
        if (counted === card.quantity) {
          proposals.push({ ...base, kind: 'match', amount: 0, entry: '账实相符' })
          continue
        }
        if (counted > card.quantity) {
          proposals.push({ ...base, kind: 'surplus', amount: 0, entry: `盘盈 ${counted - card.quantity}：按重置成本登记卡片，借 162，贷 30104` })
          continue
        }
        const share = (v: number) => Math.round((v * (card.quantity - counted)) / card.quantity)
        const [cost, accumulated] = [share(card.cost), share(card.accumulated)]
        proposals.push({
          ...base,
          kind: 'shortage',
          amount: cost - accumulated,
          entry: `盘亏 ${card.quantity - counted}：借 182 待处理财产损溢 ${formatFen(cost - accumulated)}、借 163 累计折旧 ${formatFen(accumulated)}，贷 162 固定资产 ${formatFen(cost)}；借 30104 资产基金 ${formatFen(cost - accumulated)}，贷 182（经批准后在“资产处置”中按毁损/盘亏办理）`,
        })
      }
      for (const card of cards.values()) {
        if (!seen.has(card.code))
          proposals.push({
            row: 0,
            code: card.code,
            name: card.name,
            kind: 'unchecked',
            bookQuantity: card.quantity,
            countedQuantity: card.quantity,
            amount: 0,
            entry: '盘点表中没有该资产，未核对',
          })
      }
      problems.throwIfAny('盘点结果')
      return { proposals }
    },
  ),
}
