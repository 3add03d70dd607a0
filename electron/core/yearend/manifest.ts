import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { finished } from 'node:stream/promises'
import type JSZip from 'jszip'
import { AppError } from '../../shared/errors'

export const MANIFEST = 'manifest.json'

/** jszip is loaded when an archive is zipped or verified, not on every start. */
const loadJSZip = async (): Promise<typeof JSZip> => (await import('jszip')).default

/** 保管期限 per 会计档案管理办法 (reference §7.6). */
export const RETENTION = {
  voucher: '30年',
  book: '30年',
  monthly: '10年',
  annual: '永久',
  custody: '永久',
} as const

export interface ManifestFile {
  path: string
  sha256: string
  bytes: number
  retention: string
  what: string
}

export interface Manifest {
  format: 'uniondesk-archive/1'
  ledger: { code: string; name: string; orgName: string }
  year: number
  createdAt: string
  createdBy: string
  files: ManifestFile[]
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

export function hashFile(path: string): { sha256: string; bytes: number } {
  const bytes = readFileSync(path)
  return { sha256: sha256(bytes), bytes: bytes.length }
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), base) : [relative(base, join(dir, e.name)).split(sep).join('/')]))
}

/**
 * The archive folder as a zip (paths as in the manifest, UTF-8 names), streamed to `zipPath`; each file
 * is read as a stream when its turn comes, so a year of attachments is never held in memory at once.
 */
export async function zipFolder(dir: string, zipPath: string): Promise<void> {
  const zip = new (await loadJSZip())()
  for (const path of walk(dir)) zip.file(path, createReadStream(join(dir, path)), { date: statSync(join(dir, path)).mtime, binary: true })
  const out = createWriteStream(zipPath)
  zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE', compressionOptions: { level: 6 } }).pipe(out)
  await finished(out)
}

export interface VerifyResult {
  ok: boolean
  manifest: Pick<Manifest, 'ledger' | 'year' | 'createdAt'> | null
  checked: number
  missing: string[]
  extra: string[]
  changed: string[]
}

/** Files of a folder or a zip (directories left out), read lazily by path. */
async function contentsOf(target: string): Promise<{ paths: string[]; read: (path: string) => Promise<Buffer> }> {
  let stat
  try {
    stat = statSync(target)
  } catch {
    throw new AppError('NOT_FOUND', `找不到 ${target}`)
  }
  if (stat.isDirectory()) return { paths: walk(target), read: async (p) => readFileSync(join(target, p)) }
  let zip: JSZip
  try {
    zip = await (await loadJSZip()).loadAsync(readFileSync(target))
  } catch {
    throw new AppError('VALIDATION', `${target} 不是文件夹，也不是有效的 zip 文件`)
  }
  const paths = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
  return { paths, read: (p) => zip.file(p)!.async('nodebuffer') }
}

/** Re-hashes every file the manifest lists and reports the missing, extra and changed ones. */
export async function verifyArchive(target: string): Promise<VerifyResult> {
  const { paths, read } = await contentsOf(target)
  if (!paths.includes(MANIFEST)) throw new AppError('VALIDATION', `${target} 中没有 ${MANIFEST}，不是 UnionDesk 年度归档`)
  let manifest: Manifest
  try {
    manifest = JSON.parse((await read(MANIFEST)).toString('utf8')) as Manifest
    if (!Array.isArray(manifest.files)) throw new Error('files')
  } catch {
    return { ok: false, manifest: null, checked: 0, missing: [], extra: [], changed: [MANIFEST] }
  }
  const present = new Set(paths)
  const listed = new Set(manifest.files.map((f) => f.path))
  const missing = manifest.files.filter((f) => !present.has(f.path)).map((f) => f.path)
  const extra = paths.filter((p) => p !== MANIFEST && !listed.has(p))
  const changed: string[] = []
  for (const f of manifest.files.filter((f) => present.has(f.path))) {
    const bytes = await read(f.path)
    if (bytes.length !== f.bytes || sha256(bytes) !== f.sha256) changed.push(f.path)
  }
  return {
    ok: !missing.length && !extra.length && !changed.length,
    manifest: { ledger: manifest.ledger, year: manifest.year, createdAt: manifest.createdAt },
    checked: manifest.files.length,
    missing,
    extra,
    changed,
  }
}
