import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE } from '../../core/app'
import Database from 'better-sqlite3'
import { inspectDatabase } from '../../core/db/open'
import { storedDateProblems } from '../../core/db/stored-dates'
import { migrationsFolderOf } from '../../core/paths'
import { AppError } from '../../shared/errors'
import { DEFAULT_TIME_ZONE, officeTime } from '../../shared/office-time'
import { duplicateReport } from '../../core/reimbursement/duplicates'
import { appRoot, type CliContext, withData } from '../context'
import { assetCheckLines } from './bank-assets'
import type { Command } from './types'

export const init: Command = {
  usage: 'init --admin <用户名> --name <姓名> [--password <密码>]   创建数据库和系统管理员（密码也可用环境变量 UNIONDESK_ADMIN_PASSWORD）',
  options: { admin: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  async run(ctx, { values }) {
    const password = (values.password as string | undefined) ?? process.env.UNIONDESK_ADMIN_PASSWORD
    if (!values.admin || !values.name || !password) {
      throw new AppError('VALIDATION', 'init 需要 --admin、--name 和 --password（或环境变量 UNIONDESK_ADMIN_PASSWORD）')
    }
    await withData(ctx, async ({ router }) => {
      const input = { username: values.admin, displayName: values.name, password }
      const res = await router.call('auth.setupAdmin', input, { token: null }, 'cli')
      if (!res.ok) throw new AppError(res.error.code, res.error.message)
    })
    ctx.out(`已在 ${ctx.dataDir} 创建数据库和系统管理员 ${values.admin}`)
  },
}

/** Read-only; a file that does not open is already reported by inspectDatabase. */
function readStoredDates(file: string) {
  let sqlite: Database.Database | null = null
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true })
    return storedDateProblems(sqlite)
  } catch {
    return []
  } finally {
    sqlite?.close()
  }
}

export const check: Command = {
  usage: 'check   检查数据库完整性和升级状态，以及固定资产台账与 162/163/301 的账实核对（只读，不做任何修改）',
  options: {},
  run(ctx: CliContext) {
    const file = join(ctx.dataDir, DATABASE_FILE)
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `数据文件夹 ${ctx.dataDir} 中没有数据库，请先运行 uniondesk init`)
    const report = { ...inspectDatabase(file, migrationsFolderOf(appRoot)), badDates: readStoredDates(file) }
    if (ctx.json) ctx.out(JSON.stringify(report, null, 2))
    else {
      ctx.out(`数据库：${file}`)
      ctx.out(`完整性检查：${report.integrity}`)
      if ('error' in report.migrations) ctx.out(`数据库版本：${report.migrations.error}`)
      else {
        ctx.out(`已应用的数据库版本：${report.migrations.applied.join('、') || '无'}`)
        ctx.out(`待应用（下次打开时自动备份后升级）：${report.migrations.pending.join('、') || '无'}`)
      }
      ctx.out(`日期检查：${report.badDates.length ? `${report.badDates.length} 处不存在的日期或期间` : 'ok'}`)
      for (const p of report.badDates) ctx.out(`  ${p.label}（${p.table}.${p.column} 第 ${p.rowid} 行）：${p.value}`)
    }
    if (report.integrity !== 'ok' || 'error' in report.migrations || report.badDates.length) {
      throw new AppError('CONFLICT', '数据库检查未通过，请从备份恢复或安装正确的程序版本')
    }
    // 账实核对 of 固定资产 as at the current month (the schema must be current to read it).
    if (report.migrations.pending.length) return
    const tie = assetCheckLines(ctx.dataDir, officeTime(new Date(), DEFAULT_TIME_ZONE).format('YYYY-MM'))
    if (!ctx.json) for (const line of tie.lines) ctx.out(line)
    // 发票查重 over claims stored before submission refused duplicates.
    const duplicates = readDuplicateClaims(file)
    if (!ctx.json) {
      ctx.out(`报账查重：${duplicates.length ? `${duplicates.length} 处` : 'ok'}`)
      for (const line of duplicates) ctx.out(`  ${line}`)
    }
    if (!tie.ok) throw new AppError('CONFLICT', '固定资产台账与账簿不一致，见上面的核对结果')
    if (duplicates.length) throw new AppError('CONFLICT', '有重复报账的发票，见上面的查重结果')
  },
}

function readDuplicateClaims(file: string): string[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return duplicateReport(sqlite)
  } finally {
    sqlite.close()
  }
}
