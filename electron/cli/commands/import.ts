import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { REGISTRY_IMPORT_KINDS, type RegistryImportKind } from '../../shared/contract/imports'
import { AppError } from '../../shared/errors'
import { callAs, type CliContext, withData } from '../context'
import { ledgerId } from './ledger'
import type { Command } from './types'

function readXlsx(file: string | undefined): { fileName: string; content: string } {
  if (!file) throw new AppError('VALIDATION', '请指定要导入的 .xlsx 文件')
  try {
    return { fileName: basename(file), content: readFileSync(file).toString('base64') }
  } catch {
    throw new AppError('NOT_FOUND', `读不到文件 ${file}`)
  }
}

/** Print an import's row-level errors one per line, so a long report stays readable in a terminal. */
async function reportingRows<T>(ctx: CliContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof AppError && error.fields) {
      for (const [row, message] of Object.entries(error.fields)) ctx.out(`${row}：${message}`)
      throw new AppError(error.code, error.message.split('。')[0])
    }
    throw error
  }
}

const isRegistryKind = (kind: string | undefined): kind is RegistryImportKind => REGISTRY_IMPORT_KINDS.includes(kind as RegistryImportKind)

/** The ledger's imports need a 账套; the registry's go into the one register of this data folder. */
export const importCommand: Command = {
  usage: `import vouchers <文件.xlsx> --ledger <编码> [--post] | import opening-balances <文件.xlsx> --ledger <编码>   导入凭证或期初余额
  import ${REGISTRY_IMPORT_KINDS.join('|')} <文件.xlsx>   导入组织台账（按工会编码、统一社会信用代码等更新）`,
  options: { ledger: { type: 'string' }, post: { type: 'boolean' } },
  async run(ctx, { values, positionals }) {
    const [kind, file] = positionals
    if (kind !== 'vouchers' && kind !== 'opening-balances' && !isRegistryKind(kind)) {
      throw new AppError('VALIDATION', `用法：uniondesk import vouchers|opening-balances|${REGISTRY_IMPORT_KINDS.join('|')} <文件.xlsx>`)
    }
    const upload = readXlsx(file)
    await withData(ctx, async (opened) => {
      if (isRegistryKind(kind)) {
        const r = await reportingRows(ctx, () => callAs(opened, ctx, 'import.registry', { kind, ...upload }))
        return ctx.out(`已导入 ${r.rows} 行：新增 ${r.created}，更新 ${r.updated}`)
      }
      const id = await ledgerId(opened, ctx, values.ledger)
      if (kind === 'vouchers') {
        const r = await reportingRows(ctx, () => callAs(opened, ctx, 'import.vouchers', { ledgerId: id, ...upload, post: Boolean(values.post) }))
        return ctx.out(`已导入 ${r.vouchers} 张凭证（${r.lines} 行，${r.first} 至 ${r.last}），${r.posted ? '已记账' : '为草稿，待审核'}`)
      }
      const r = await reportingRows(ctx, () => callAs(opened, ctx, 'import.openingBalances', { ledgerId: id, ...upload }))
      ctx.out(`已导入 ${r.accounts} 个科目的期初余额；合计借方 ${(r.totalDebit / 100).toFixed(2)}，贷方 ${(r.totalCredit / 100).toFixed(2)}`)
    })
  },
}
