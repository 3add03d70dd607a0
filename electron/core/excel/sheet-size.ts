/**
 * How many rows an upload's first worksheet holds, found before exceljs reads any row: a file over the
 * import limit is refused in moments instead of after parsing 100,000 rows (≈ 12 s, 430 MB). The zip's
 * central directory locates the sheet; its <dimension> says the used range (Excel and WPS write it);
 * without one, the sheet XML is inflated as a stream and its rows with a value are counted.
 */
import { Readable } from 'node:stream'
import { constants, createInflateRaw, inflateRawSync } from 'node:zlib'

/** exceljs' WorkbookReader takes the first worksheet entry of the zip stream with this name. */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/
/** No row with a value is shorter than this in sheet XML: <row r="1"><c r="A1"><v>1</v></c></row>. */
const MIN_ROW_BYTES = 30
/** The <dimension> element comes in the sheet's first few hundred bytes, before <sheetData>. */
const HEAD_BYTES = 4096
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
  const end = endOfCentralDirectory(zip)
  if (end < 0) return null
  let at = zip.readUInt32LE(end + 16)
  let first: { local: number; method: number; size: number; uncompressedSize: number } | null = null
  for (let n = zip.readUInt16LE(end + 10); n > 0 && at + 46 <= zip.length && zip.readUInt32LE(at) === 0x02014b50; n--) {
    const nameLength = zip.readUInt16LE(at + 28)
    const name = zip.toString('latin1', at + 46, at + 46 + nameLength)
    const entry = { local: zip.readUInt32LE(at + 42), method: zip.readUInt16LE(at + 10), size: zip.readUInt32LE(at + 20), uncompressedSize: zip.readUInt32LE(at + 24) }
    const encrypted = (zip.readUInt16LE(at + 8) & 1) === 1
    if (WORKSHEET.test(name) && !encrypted && (!first || entry.local < first.local)) first = entry
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  // ZIP64 sizes (0xFFFFFFFF) and odd layouts are left to the reader and its own row count.
  if (!first || first.size === 0xffffffff || first.local + 30 > zip.length || zip.readUInt32LE(first.local) !== 0x04034b50) return null
  const data = first.local + 30 + zip.readUInt16LE(first.local + 26) + zip.readUInt16LE(first.local + 28)
  if (data + first.size > zip.length || (first.method !== 0 && first.method !== 8)) return null
  return { method: first.method, compressed: zip.subarray(data, data + first.size), uncompressedSize: first.uncompressedSize }
}

function endOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) if (zip.readUInt32LE(at) === 0x06054b50) return at
  return -1
}

/** The rows of <dimension ref="A1:K400001"/> (first to last), or null when the sheet has none. */
function dimensionRows(sheet: SheetEntry): number | null {
  const head =
    sheet.method === 0
      ? sheet.compressed.subarray(0, HEAD_BYTES)
      : // Only the start is inflated: a truncated stream is fine with a sync flush.
        inflateRawSync(sheet.compressed.subarray(0, HEAD_BYTES), { finishFlush: constants.Z_SYNC_FLUSH })
  const text = head.toString('latin1')
  const before = text.slice(0, (text.indexOf('<sheetData') + 1 || text.length + 1) - 1)
  const m = /<(?:\w+:)?dimension\s[^>]*?ref="[A-Z]*(\d+)(?::[A-Z]*(\d+))?"/.exec(before)
  return m ? Number(m[2] ?? m[1]) - Number(m[1]) + 1 : null
}

function* slices(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK)
}

/** Rows holding at least one value (<v> or an inline string), counted on the inflated XML until `stopAbove` is passed. */
async function countValueRows(sheet: SheetEntry, stopAbove: number): Promise<number> {
  const source = Readable.from(slices(sheet.compressed))
  const xml = sheet.method === 0 ? source : source.pipe(createInflateRaw({ chunkSize: CHUNK }))
  // Inside a row, the first value or the next row (an empty one ended); jumps from row to row with indexOf.
  const next = /<(?:v[\s>]|is>|row[\s>])/g
  let rows = 0
  let inRow = false
  let carry = ''
  try {
    for await (const chunk of xml as AsyncIterable<Buffer>) {
      const text = carry + chunk.toString('latin1')
      // A token starting in the last CARRY characters may be cut short: it is looked at again with the next chunk.
      const end = text.length - CARRY
      for (let at = 0; ;) {
        if (!inRow) {
          at = text.indexOf('<row', at)
          if (at < 0 || at >= end) break
          inRow = true
          at += 4
          continue
        }
        next.lastIndex = at
        const m = next.exec(text)
        if (!m || m.index >= end) break
        at = m.index + 2
        if (text.startsWith('<row', m.index)) continue
        inRow = false
        if (++rows > stopAbove) return rows
      }
      carry = text.slice(-CARRY)
    }
    return rows
  } finally {
    source.destroy()
    xml.destroy()
  }
}

/**
 * Whether the first worksheet is sure to hold more than `limit` rows, and how many its <dimension>
 * says (`rows`, header included) when it has one; null when not sure (it may still hold more data rows
 * than it seems: readRows counts them as it reads). Without a dimension only a sheet big enough to hold
 * `limit` rows is scanned, and the scan stops once past it.
 */
export async function rowsOverLimit(zip: Buffer, limit: number): Promise<{ rows?: number } | null> {
  const sheet = firstWorksheet(zip)
  if (!sheet) return null
  const declared = dimensionRows(sheet)
  if (declared !== null) return declared > limit ? { rows: declared } : null
  if (sheet.uncompressedSize < limit * MIN_ROW_BYTES) return null
  return (await countValueRows(sheet, limit)) > limit ? {} : null
}
