import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { RowProblems } from '../../../electron/core/excel/problems'
import { AppError, rowErrorsOf, type ApiErrorBody } from '../../../electron/shared/errors'
import { cellErrorsOf } from '../../../renderer/src/pages/ledger/entry/cellErrors'
import { general, ln, office } from '../ledger/ledger-helpers'

/** What the renderer's client does with an error envelope: rebuild the AppError from its data. */
const received = (body: ApiErrorBody) => {
  const wire = JSON.parse(JSON.stringify(body)) as ApiErrorBody
  return new AppError(wire.code, wire.message, { fields: wire.fields, rows: wire.rows })
}

describe('errors carry their structure as data', () => {
  it('a row error raised in an import reaches the dialog as row → column → message, with no text to parse', () => {
    const problems = new RowProblems()
    problems.add(7, '借方金额不是有效金额', '借方金额')
    problems.add(3, '摘要不能为空', '摘要')
    problems.add(3, '借贷不平衡')
    let thrown: unknown
    try {
      problems.throwIfAny('凭证')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(AppError)
    // The message is deliberately rewritten: the rows must not depend on it.
    const error = received({ ...(thrown as AppError).toBody(), message: '导入失败' })
    expect(rowErrorsOf(error)).toEqual([
      { row: 3, column: '摘要', message: '摘要不能为空' },
      { row: 3, column: '', message: '借贷不平衡' },
      { row: 7, column: '借方金额', message: '借方金额不是有效金额' },
    ])
  })

  it('the voucher import names the Excel row and column of a line rule', async () => {
    const o = office()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('凭证')
    sheet.addRow(['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '项目', '资金性质', '附件数'])
    sheet.addRow(['2026-01-07', '记', 1, '缺资金性质', '102', 10, null, null, null, null])
    sheet.addRow(['2026-01-07', '记', 1, '缺资金性质', '401', null, 10, null, null, null])
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
    const res = await o.app.router.call('import.vouchers', { ledgerId: o.ledgerId, fileName: 'x.xlsx', content }, { token: o.tokens.kj }, 'http')
    if (res.ok) throw new Error('import should fail')
    expect(res.error.rows).toEqual({ 3: { 资金性质: '记-1 的第 3 行：收入、支出科目须选择资金性质（专项/非专项）' } })
  })

  it('a line rule of a voucher save lands on its cell in the entry grid', () => {
    const o = office()
    const body = o.app.fail('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-05', lines: [ln(o, '102', '借', '100'), ln(o, '401', '贷', '100')] }, o.tokens.kj)
    expect(body.fields).toEqual({ 'lines.1.fundNature': '收入、支出科目须选择资金性质（专项/非专项）' })
    const lines = [{ key: 11 }, { key: 12 }]
    // Again with a message that says nothing: only the data places the error.
    const cells = cellErrorsOf(received({ ...body, message: '保存失败' }), lines)
    expect(cells).toEqual({ [lines[1].key]: { fundNature: '收入、支出科目须选择资金性质（专项/非专项）' } })
    // A sound voucher saves.
    expect(
      o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-05', lines: [ln(o, '102', '借', '100'), ln(o, '401', '贷', '100', '会费', general)] }, o.tokens.kj).id,
    ).toBeGreaterThan(0)
  })
})
