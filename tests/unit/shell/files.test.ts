import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createPrintPdfHandler, createSaveExportHandler, type ShowSaveDialog } from '../../../electron/main/files'
import { isAppUrl } from '../../../electron/main/security'
import { createBridge } from '../../../electron/preload/bridge'
import { IPC_PRINT_PDF, IPC_SAVE_EXPORT } from '../../../electron/shared/bridge'
import { tempDir } from '../helpers'

const fromApp = { senderFrame: { url: 'app://uniondesk/index.html' } }
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } }
const DOWNLOAD = 'a'.repeat(32)
const isAllowed = (url: string) => isAppUrl(url)

function finishedExport() {
  const dir = tempDir()
  const path = join(dir, 'x.part')
  writeFileSync(path, 'xlsx bytes')
  const take = vi.fn((id: string, userId: number) => (id === DOWNLOAD && userId === 7 ? { path, fileName: 'UnionDesk-序时账-JZ-2026-01.xlsx' } : null))
  return { dir, path, take }
}

const dialogAnswering = (filePath: string | null) => vi.fn<ShowSaveDialog>(async () => (filePath ? { canceled: false, filePath } : { canceled: true }))

describe('saving an export on the desktop', () => {
  it('asks where to save, with the Chinese name in 文档 and an xlsx filter, and moves the file there', async () => {
    const { dir, path, take } = finishedExport()
    const target = join(dir, 'chosen.xlsx')
    const dialog = dialogAnswering(target)
    const handle = createSaveExportHandler({ isAllowed, userOf: async (t) => (t === 'tok' ? 7 : null), take, documentsDir: '/home/u/文档' })
    expect(await handle(fromApp, { download: DOWNLOAD, token: 'tok' }, dialog)).toEqual({ ok: true, data: { saved: true, path: target } })
    expect(dialog).toHaveBeenCalledWith({
      title: '保存导出的 Excel 文件',
      defaultPath: join('/home/u/文档', 'UnionDesk-序时账-JZ-2026-01.xlsx'),
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    })
    expect(readFileSync(target, 'utf8')).toBe('xlsx bytes')
    expect(existsSync(path)).toBe(false)
  })

  it('discards the file when the dialog is closed', async () => {
    const { path, take } = finishedExport()
    const handle = createSaveExportHandler({ isAllowed, userOf: async () => 7, take, documentsDir: '/d' })
    expect(await handle(fromApp, { download: DOWNLOAD, token: 't' }, dialogAnswering(null))).toEqual({ ok: true, data: { saved: false, path: null } })
    expect(existsSync(path)).toBe(false)
  })

  it('refuses foreign pages, malformed payloads, dead sessions and other users’ downloads before any dialog', async () => {
    const { take } = finishedExport()
    const dialog = dialogAnswering('/tmp/never.xlsx')
    const handle = createSaveExportHandler({ isAllowed, userOf: async (t) => (t === 'tok' ? 7 : t === 'other' ? 8 : null), take, documentsDir: '/d' })
    expect(await handle(fromElsewhere, { download: DOWNLOAD, token: 'tok' }, dialog)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await handle({ senderFrame: null }, { download: DOWNLOAD, token: 'tok' }, dialog)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await handle(fromApp, { download: '../../etc/passwd', token: 'tok' }, dialog)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await handle(fromApp, { download: DOWNLOAD, token: 'dead' }, dialog)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await handle(fromApp, { download: DOWNLOAD, token: 'other' }, dialog)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(dialog).not.toHaveBeenCalled()
  })
})

describe('printing to PDF on the desktop', () => {
  it('asks first, then prints the sender page to A4 in the asked orientation and writes the PDF', async () => {
    const dir = tempDir()
    mkdirSync(dir, { recursive: true })
    const target = join(dir, 'out.pdf')
    const printToPDF = vi.fn(async () => new Uint8Array([37, 80, 68, 70]))
    const handle = createPrintPdfHandler({ isAllowed, documentsDir: '/d' })
    const dialog = dialogAnswering(target)
    const result = await handle({ ...fromApp, sender: { printToPDF } }, { fileName: '科目余额表/2026-01', landscape: true }, dialog)
    expect(result).toEqual({ ok: true, data: { saved: true, path: target } })
    expect(dialog.mock.calls[0][0]).toMatchObject({ defaultPath: join('/d', '科目余额表_2026-01.pdf'), filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] })
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', landscape: true, printBackground: true })
    expect(readFileSync(target, 'latin1')).toBe('%PDF')
  })

  it('renders nothing when the dialog is closed, and refuses foreign pages and bad requests', async () => {
    const printToPDF = vi.fn(async () => new Uint8Array())
    const handle = createPrintPdfHandler({ isAllowed, documentsDir: '/d' })
    expect(await handle({ ...fromApp, sender: { printToPDF } }, { fileName: '凭证', landscape: false }, dialogAnswering(null))).toEqual({
      ok: true,
      data: { saved: false, path: null },
    })
    expect(await handle({ ...fromElsewhere, sender: { printToPDF } }, { fileName: '凭证', landscape: false }, dialogAnswering('/x'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await handle({ ...fromApp, sender: { printToPDF } }, { fileName: '', landscape: 'yes' }, dialogAnswering('/x'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
    expect(printToPDF).not.toHaveBeenCalled()
  })
})

describe('preload file functions', () => {
  it('send only well-formed requests on their own channels', async () => {
    const ipc = { invoke: vi.fn(async () => ({ ok: true, data: { saved: false, path: null } })), on: vi.fn(), removeListener: vi.fn() }
    const bridge = createBridge(ipc as never)
    await bridge.saveExport(DOWNLOAD, 'tok')
    expect(ipc.invoke).toHaveBeenLastCalledWith(IPC_SAVE_EXPORT, { download: DOWNLOAD, token: 'tok' })
    await bridge.printToPdf({ fileName: '凭证', landscape: false, extra: 1 } as never)
    expect(ipc.invoke).toHaveBeenLastCalledWith(IPC_PRINT_PDF, { fileName: '凭证', landscape: false })
    await expect(bridge.saveExport('short', null)).rejects.toThrow(TypeError)
    await expect(bridge.printToPdf({ fileName: 'x'.repeat(200), landscape: false })).rejects.toThrow(TypeError)
    expect(ipc.invoke).toHaveBeenCalledTimes(2)
  })
})
