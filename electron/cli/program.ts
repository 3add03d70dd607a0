import { parseArgs } from 'node:util'
import { busyError } from '../core/db/busy'
import { AppError } from '../shared/errors'
import { backup, restore } from './commands/backup'
import { serve } from './commands/serve'
import { check, init } from './commands/setup'
import type { Command } from './commands/types'
import { users } from './commands/users'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { archiveCommand } from './commands/yearend'
import { closePeriod, closeYear, ledgers } from './commands/ledger'
import { depreciate } from './commands/bank-assets'
import { dataDirOf, type CliContext } from './context'

const COMMANDS: Record<string, Command> = {
  init,
  serve,
  backup,
  restore,
  check,
  users,
  ledgers,
  import: importCommand,
  export: exportCommand,
  'close-period': closePeriod,
  'close-year': closeYear,
  archive: archiveCommand,
  depreciate,
}

const GLOBAL_OPTIONS = {
  data: { type: 'string' },
  user: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

function usage(): string {
  return [
    '用法：uniondesk [--data <数据文件夹>] [--user <用户名>] [--json] <命令> [选项]',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
    '',
    '数据文件夹默认与桌面版相同，也可用环境变量 UNIONDESK_DATA 指定。',
    '退出码：0 成功，1 使用或数据错误，2 内部错误。',
  ].join('\n')
}

/** Returns the exit code: 0 ok, 1 user error (with a clear message), 2 internal error. */
export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  const name = argv.find((a) => !a.startsWith('-') && !isOptionValue(argv, a))
  const command = name ? COMMANDS[name] : undefined
  try {
    if (!command) {
      if (name) throw new AppError('VALIDATION', `未知命令：${name}\n\n${usage()}`)
      out(usage())
      return argv.some((a) => a === '--help' || a === '-h') ? 0 : 1
    }
    const parsed = parseArgs({
      args: argv.filter((a) => a !== name),
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    })
    if (parsed.values.help) {
      out(`用法：uniondesk ${command.usage}`)
      return 0
    }
    const ctx: CliContext = {
      dataDir: dataDirOf(parsed.values.data as string | undefined),
      user: parsed.values.user as string | undefined,
      json: Boolean(parsed.values.json),
      out,
    }
    await command.run(ctx, parsed)
    return 0
  } catch (thrown) {
    // A busy database outside the router (opening, the daily backup) gets the same answer as inside it.
    const error = busyError(thrown) ?? thrown
    if (error instanceof AppError && error.code !== 'INTERNAL') {
      err(`错误：${error.message}`)
      return 1
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      err(`参数错误：${error.message}\n\n${usage()}`)
      return 1
    }
    err(`内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return 2
  }
}

/** A value that follows an option taking a value (e.g. the folder after --data) is not the command. */
function isOptionValue(argv: string[], arg: string): boolean {
  const i = argv.indexOf(arg)
  return i > 0 && ['--data', '--user', '--ledger', '--year', '--out', '--period', '--account'].includes(argv[i - 1])
}
