import type { ParseArgsOptionsConfig } from 'node:util'
import type { CliContext } from '../context'

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>
  positionals: string[]
}

export interface Command {
  usage: string
  options: ParseArgsOptionsConfig
  /** serve resolves only when the server stops; every other command finishes synchronously. */
  run(ctx: CliContext, args: ParsedArgs): void | Promise<void>
}
