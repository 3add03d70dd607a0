import { writeFileSync } from 'node:fs'
import { EXPORT_KINDS, type ExportKind } from '../../shared/contract/registry-reports'
import { AppError } from '../../shared/errors'
import { callAs, withData } from '../context'
import type { Command } from './types'

/** The printable workbooks of the 组织台账, written where --out says. */
export const exportCommand: Command = {
  usage: `export registry|scorecard [--year YYYY] --out <文件.xlsx>   导出组织台账或小二级达标检查（也可：${EXPORT_KINDS.slice(2).join('、')}）`,
  options: { year: { type: 'string' }, out: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const kind = positionals[0] as ExportKind
    if (!EXPORT_KINDS.includes(kind)) throw new AppError('VALIDATION', `用法：uniondesk export ${EXPORT_KINDS.join('|')} [--year YYYY] --out <文件.xlsx>`)
    if (typeof values.out !== 'string' || !values.out) throw new AppError('VALIDATION', '请用 --out <文件.xlsx> 指定导出到哪个文件')
    const year = values.year === undefined ? undefined : Number(values.year)
    await withData(ctx, async (opened) => {
      const { fileName, content } = await callAs(opened, ctx, 'registry.export', { kind, year })
      try {
        writeFileSync(values.out as string, Buffer.from(content, 'base64'))
      } catch {
        throw new AppError('CONFLICT', `不能写入 ${values.out}：请检查文件夹是否存在、文件是否正在 Excel 中打开`)
      }
      ctx.out(`已导出 ${fileName.replace(/^UnionDesk-|\.xlsx$/g, '')} 到 ${values.out}`)
    })
  },
}
