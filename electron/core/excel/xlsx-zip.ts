/**
 * An uploaded .xlsx seen as the zip it is, from its central directory: where each part lies, without
 * inflating anything. Used to size the first worksheet up front (sheet-size.ts) and to hand exceljs' streaming
 * reader the parts in the order it reads best (sheetsLast).
 */
import { Readable } from 'node:stream'

/** exceljs' WorkbookReader takes the first worksheet entry of the zip stream with this name. */
export const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/

export interface ZipEntry {
  name: string
  /** Where the entry's local header starts. */
  local: number
  method: number
  compressedSize: number
  uncompressedSize: number
  encrypted: boolean
}

export interface ZipDirectory {
  /** In the order they lie in the file. */
  entries: ZipEntry[]
  /** Where the central directory starts: the end of the last entry. */
  centralDirectory: number
}

/** The zip's entries, or null when it is not a plain zip (ZIP64, damaged): the reader then takes it as it comes. */
export function zipDirectory(zip: Buffer): ZipDirectory | null {
  const end = endOfCentralDirectory(zip)
  if (end < 0) return null
  const centralDirectory = zip.readUInt32LE(end + 16)
  const entries: ZipEntry[] = []
  let at = centralDirectory
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return null
    const nameLength = zip.readUInt16LE(at + 28)
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      local: zip.readUInt32LE(at + 42),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      encrypted: (zip.readUInt16LE(at + 8) & 1) === 1,
    })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  entries.sort((a, b) => a.local - b.local)
  const sound = entries.every((e) => e.compressedSize !== 0xffffffff && e.local + 30 <= centralDirectory && zip.readUInt32LE(e.local) === 0x04034b50)
  return sound ? { entries, centralDirectory } : null
}

function endOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) if (zip.readUInt32LE(at) === 0x06054b50) return at
  return -1
}

/** An entry's stored bytes (after its local header). */
export function storedBytes(zip: Buffer, entry: ZipEntry): Buffer {
  const data = entry.local + 30 + zip.readUInt16LE(entry.local + 26) + zip.readUInt16LE(entry.local + 28)
  return zip.subarray(data, Math.min(zip.length, data + entry.compressedSize))
}

/**
 * The same zip with its worksheets moved after every other part. exceljs' streaming reader parses a sheet
 * as it arrives only once it has the shared strings and the workbook's relations; Excel (and exceljs' own
 * writer) store the sheets first, so the reader spooled each sheet to a temp file and parsed it afterwards —
 * ≈ 15 % of a 20,000-voucher read. Each entry is moved whole (header, data, data descriptor): no byte changes.
 */
export function sheetsLast(zip: Buffer): Readable {
  const directory = zipDirectory(zip)
  if (!directory) return Readable.from([zip])
  const { entries, centralDirectory } = directory
  const parts = entries.map((e, i) => ({ sheet: WORKSHEET.test(e.name), bytes: zip.subarray(e.local, entries[i + 1]?.local ?? centralDirectory) }))
  return Readable.from([...parts.filter((p) => !p.sheet), ...parts.filter((p) => p.sheet), { bytes: zip.subarray(centralDirectory) }].map((p) => p.bytes))
}
