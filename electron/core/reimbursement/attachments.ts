import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { claimAttachments, users } from '../../../drizzle/schema'
import { CLAIM_STEP_ROLES } from '../../shared/claim-access'
import { MAX_ATTACHMENT_BYTES } from '../../shared/contract/claims'
import { AppError } from '../../shared/errors'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { assertStatus, claimFor } from './access'

/** Where attachments live: `<data>/attachments/<first two hex>/<sha256>`, so the same scan is kept once. */
export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'attachments')
}

export function attachmentPath(dataDir: string, sha256: string): string {
  return join(attachmentsDir(dataDir), sha256.slice(0, 2), sha256)
}

/** The file's type read from its first bytes, not from its name: a renamed .exe is not a photo. */
export function sniffType(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf'
  // HEIC photos from phones: an ISO-BMFF 'ftyp' box with a HEIF brand.
  if (bytes.subarray(4, 8).toString('latin1') === 'ftyp' && ['heic', 'heix', 'mif1', 'msf1', 'hevc'].includes(bytes.subarray(8, 12).toString('latin1'))) {
    return 'image/heic'
  }
  return null
}

/** Validate and store one upload; returns its hash. The file is written before the row, atomically. */
export function storeAttachment(core: Core, base64: string): { sha256: string; size: number; mimeType: string } {
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.length === 0) throw new AppError('VALIDATION', '附件是空文件', { fields: { content: '空文件' } })
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('VALIDATION', `附件 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 10 MB 的上限，请压缩后再上传`, { fields: { content: '超过 10 MB' } })
  }
  const mimeType = sniffType(bytes)
  if (!mimeType) throw new AppError('VALIDATION', '附件只能是 JPG、PNG、HEIC 照片或 PDF 文件', { fields: { content: '文件类型不支持' } })
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const path = attachmentPath(core.dataDir, sha256)
  if (!existsSync(path)) {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(`${path}.tmp`, bytes)
    renameSync(`${path}.tmp`, path)
  }
  return { sha256, size: bytes.length, mimeType }
}

export function attachmentRows(core: Core, claimId: number) {
  return core.db
    .select({
      id: claimAttachments.id,
      fileName: claimAttachments.fileName,
      mimeType: claimAttachments.mimeType,
      size: claimAttachments.size,
      sha256: claimAttachments.sha256,
      uploadedBy: users.displayName,
      uploadedAt: claimAttachments.uploadedAt,
    })
    .from(claimAttachments)
    .innerJoin(users, eq(users.id, claimAttachments.uploadedBy))
    .where(eq(claimAttachments.claimId, claimId))
    .orderBy(claimAttachments.id)
    .all()
}

function attachmentFor(core: Core, id: number) {
  const row = core.db.select().from(claimAttachments).where(eq(claimAttachments.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', `附件（编号 ${id}）不存在`)
  return row
}

export const attachmentHandlers: HandlerMap<'claims.attach' | 'claims.detach' | 'claims.attachment'> = {
  'claims.attach': (ctx, input) => {
    const claim = claimFor(ctx, input.claimId, CLAIM_STEP_ROLES.edit)
    assertStatus(claim, ['draft'], '添加附件')
    const stored = storeAttachment(ctx.core, input.content)
    const { id } = ctx.core.db
      .insert(claimAttachments)
      .values({ claimId: claim.id, fileName: input.fileName, ...stored, uploadedBy: ctx.user!.id, uploadedAt: ctx.core.now().toISOString() })
      .returning({ id: claimAttachments.id })
      .get()
    ctx.audit.targets = [`claim:${claim.id}`, `attachment:${id}`]
    ctx.audit.summary = `报账单 ${claim.number} 上传附件 ${input.fileName}（${stored.size} 字节，SHA-256 ${stored.sha256.slice(0, 12)}…）`
    return attachmentRows(ctx.core, claim.id).find((a) => a.id === id)!
  },

  /** The row goes; the file stays, since another claim may hold the same scan (and backups refer to it). */
  'claims.detach': (ctx, input) => {
    const row = attachmentFor(ctx.core, input.id)
    const claim = claimFor(ctx, row.claimId, CLAIM_STEP_ROLES.edit)
    assertStatus(claim, ['draft'], '删除附件')
    ctx.core.db.delete(claimAttachments).where(eq(claimAttachments.id, row.id)).run()
    ctx.audit.targets = [`claim:${claim.id}`, `attachment:${row.id}`]
    ctx.audit.summary = `报账单 ${claim.number} 删除附件 ${row.fileName}`
    return { ok: true }
  },

  'claims.attachment': (ctx, input) => {
    const row = attachmentFor(ctx.core, input.id)
    claimFor(ctx, row.claimId)
    const path = attachmentPath(ctx.core.dataDir, row.sha256)
    if (!existsSync(path)) throw new AppError('NOT_FOUND', `附件文件 ${row.fileName} 不在数据文件夹中（attachments/${row.sha256.slice(0, 2)}/），请从备份中恢复`)
    return { fileName: row.fileName, mimeType: row.mimeType, content: readFileSync(path).toString('base64') }
  },
}
