/**
 * How many rows an upload's first worksheet holds, found before exceljs reads any row: a file over the
 * import limit is refused in moments instead of after parsing 100,000 rows (≈ 12 s, 430 MB). The zip's
 * central directory locates the sheet; its <dimension> says the used range (Excel and WPS write it);
 * without one, the sheet XML is inflated as a stream and its rows with a value are counted.
 */
import { Readable } from 'node:stream'
import { constants, createInflateRaw, inflateRawSync } from 'node:zlib'
import { WORKSHEET, storedBytes, zipDirectory } from './xlsx-zip'

/** No row with a value is shorter than this in sheet XML: <row r="1"><c r="A1"><v>1</v></c></row>. */
const MIN_ROW_BYTES = 30
/** Inflated, this is the sheet's first ≈ 50–100 KB: its <dimension> (in the first few hundred bytes) and a few hundred rows. */
const HEAD_BYTES = 16 * 1024
/** A token may be cut between two inflated chunks: its first four characters are read again with the next one. */
const CARRY = 4
const CHUNK = 64 * 1024

interface SheetEntry {
  method: number
  compressed: Buffer
  uncompressedSize: number
}

/** The first worksheet's bytes as stored (zip order, as exceljs reads it), or null when the zip is not one we can look into. */
function firstWorksheet(zip: Buffer): SheetEntry | null {
  const first = zipDirectory(zip)?.entries.find((e) => WORKSHEET.test(e.name))
  if (!first || first.encrypted || (first.method !== 0 && first.method !== 8)) return null
  return { method: first.method, compressed: storedBytes(zip, first), uncompressedSize: first.uncompressedSize }
}

/** The sheet's first bytes as XML: a truncated deflate stream inflates fine with a sync flush. */
function headOf(sheet: SheetEntry): string {
  const head = sheet.compressed.subarray(0, HEAD_BYTES)
  return (sheet.method === 0 ? head : inflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH })).toString('latin1')
}

/** The rows of <dimension ref="A1:K400001"/> (first to last), or null when the sheet has none. */
function dimensionRows(head: string): number | null {
  const before = head.slice(0, (head.indexOf('<sheetData') + 1 || head.length + 1) - 1)
  const m = /<(?:\w+:)?dimension\s[^>]*?ref="[A-Z]*(\d+)(?::[A-Z]*(\d+))?"/.exec(before)
  return m ? Number(m[2] ?? m[1]) - Number(m[1]) + 1 : null
}

/** Counts rows holding at least one value (<v> or an inline string) in sheet XML fed chunk by chunk. */
class RowCounter {
  rows = 0
  private inRow = false
  private carry = ''
  /** Inside a row, its first value or the next row (then the row was empty). */
  private readonly next = /<(?:v[\s>]|is>|row[\s>])/g

  feed(chunk: string): void {
    const text = this.carry + chunk
    // A token starting in the last CARRY characters may be cut short: it is looked at again with the next chunk.
    const end = text.length - CARRY
    for (let at = 0; ;) {
      if (!this.inRow) {
        at = text.indexOf('<row', at)
        if (at < 0 || at >= end) break
        this.inRow = true
        at += 4
        continue
      }
      this.next.lastIndex = at
      const m = this.next.exec(text)
      if (!m || m.index >= end) break
      at = m.index + 2
      if (text.startsWith('<row', m.index)) continue
      this.inRow = false
      this.rows++
    }
    this.carry = text.slice(-CARRY)
  }
}

function* slices(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK)
}

/** Rows with a value in the whole sheet, inflated as a stream (memory stays flat), until `stopAbove` is passed. */
async function countValueRows(sheet: SheetEntry, stopAbove: number): Promise<number> {
  const source = Readable.from(slices(sheet.compressed))
  const xml = sheet.method === 0 ? source : source.pipe(createInflateRaw({ chunkSize: CHUNK }))
  const counter = new RowCounter()
  try {
    for await (const chunk of xml as AsyncIterable<Buffer>) {
      counter.feed(chunk.toString('latin1'))
      if (counter.rows > stopAbove) break
    }
    return counter.rows
  } finally {
    source.destroy()
    xml.destroy()
  }
}

/**
 * Whether the first worksheet is sure to hold more than `limit` rows, and how many its <dimension>
 * says (`rows`, header included) when it has one; null when not sure (it may still hold more data rows
 * than it seems: readRows counts them as it reads). Without a dimension, the sheet is counted (stopping
 * once past `limit`) when its size, at the width of its first rows, could hold half the limit: a
 * 20,000-voucher file is not inflated twice for nothing (≈ 40 ms), a 200,000-voucher one is counted.
 */
export async function rowsOverLimit(zip: Buffer, limit: number): Promise<{ rows?: number } | null> {
  const sheet = firstWorksheet(zip)
  if (!sheet) return null
  const head = headOf(sheet)
  const declared = dimensionRows(head)
  if (declared !== null) return declared > limit ? { rows: declared } : null
  if (sheet.uncompressedSize < limit * MIN_ROW_BYTES) return null
  const sample = new RowCounter()
  sample.feed(head)
  if (sample.rows > 1 && (sheet.uncompressedSize / head.length) * sample.rows * 2 < limit) return null
  return (await countValueRows(sheet, limit)) > limit ? {} : null
}
