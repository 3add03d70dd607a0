import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { AppError } from '../../shared/errors'

const run = promisify(execFile)

/** LibreOffice's command; SOFFICE overrides it (a test, or an install outside PATH). */
export const sofficeCommand = () => process.env.SOFFICE ?? 'soffice'

/** Whether LibreOffice runs here (the checks skip, saying why, where it does not). */
export function sofficeAvailable(): boolean {
  try {
    execFileSync(sofficeCommand(), ['--version'], { stdio: 'ignore', timeout: 30_000 })
    return true
  } catch {
    return false
  }
}

export const NO_SOFFICE = '导出 PDF 需要 LibreOffice：请安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-calc-nogui），或导出为 .xlsx 后用 Excel 打印'

/**
 * Converts workbooks with LibreOffice headless (`soffice --convert-to`), all in one run, into
 * `outDir`; returns the converted files in the order given. A private profile folder lets several
 * conversions run at once (one profile is locked by its running instance). soffice can exit 0
 * without converting, so each output file is checked.
 */
export async function convertWith(files: string[], format: 'pdf' | 'csv', outDir: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'uniondesk-soffice-'))
  try {
    await run(sofficeCommand(), [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files], {
      timeout: 10 * 60 * 1000,
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('VALIDATION', NO_SOFFICE)
    throw new AppError('INTERNAL', `LibreOffice 转换失败：${(error as Error).message}`)
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  return files.map((file) => {
    const converted = join(outDir, basename(file).replace(/\.[^.]+$/, `.${format}`))
    if (!existsSync(converted) || statSync(converted).size === 0) throw new AppError('INTERNAL', `LibreOffice 未能转换 ${basename(file)}`)
    return converted
  })
}

/** Writes the workbook `write` makes, converted to PDF, at `pdfPath`; the intermediate xlsx is removed. */
export async function writePdf(pdfPath: string, write: (xlsxPath: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-pdf-'))
  try {
    const xlsx = join(dir, 'export.xlsx')
    await write(xlsx)
    const [pdf] = await convertWith([xlsx], 'pdf', dir)
    await copyFile(pdf, pdfPath)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
