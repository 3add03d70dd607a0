import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writePdf } from '../excel/pdf'
import { printableFile, printableWorkbook, type PrintSheet } from '../excel/printable'

/** The sheets as an .xlsx, or converted to PDF by LibreOffice (the workbook's page setup decides the pages). */
export async function renderSheets(sheets: PrintSheet[], org: string, date: string, format: 'xlsx' | 'pdf'): Promise<Buffer> {
  if (format === 'xlsx') return printableWorkbook(sheets, org, date)
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-yearend-'))
  try {
    const pdf = join(dir, 'out.pdf')
    await writePdf(pdf, async (xlsx) => {
      await printableFile(xlsx, sheets, org, date)
    })
    return readFileSync(pdf)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
