import type { z } from 'zod'
import { contract } from '../../shared/contract'
import type { RegistryImportKind } from '../../shared/contract/imports'
import { AppError } from '../../shared/errors'
import { prepared } from '../api/types'
import { RowProblems, decodeUpload } from '../excel/problems'
import { readRows, type SheetRow } from '../excel/sheet'
import { parseCell, unionCodes } from './columns'
import { REGISTRY_SHEETS } from './sheets'

/** Each kind's row is checked with the very schema its save method uses, without the id. */
const SCHEMAS: Record<RegistryImportKind, z.ZodObject> = {
  unions: contract['unions.save'].input,
  enterprises: contract['enterprises.save'].input,
  committee: contract['committee.save'].input,
  staff: contract['staff.save'].input,
  stations: contract['stations.save'].input,
  surveys: contract['surveys.save'].input,
}

/**
 * Rows are saved one by one inside the import's single transaction, each as its save method would
 * (so a later row may hang under a union added above it). Every problem is collected with its row
 * number; if there is any, the transaction rolls back and nothing is written.
 */
export const importRegistry = prepared<'import.registry', SheetRow[]>(
  (_ctx, input) => readRows(decodeUpload(input.content), REGISTRY_SHEETS[input.kind].required),
  (ctx, input, rows) => {
    const sheet = REGISTRY_SHEETS[input.kind]
    const codes = unionCodes(ctx.core)
    const problems = new RowProblems()
    const savedBy = new Map<number, number>()
    let created = 0
    for (const row of rows) {
      const values: Record<string, unknown> = {}
      const unreadable = new Set<PropertyKey>()
      for (const column of sheet.columns) {
        const parsed = parseCell(column, row.get(column.header), codes)
        if ('problem' in parsed) {
          problems.add(row.rowNumber, parsed.problem)
          unreadable.add(column.field)
        } else if (parsed.value !== undefined) values[column.field] = parsed.value
      }
      const checked = SCHEMAS[input.kind].safeParse(values)
      // A column whose cell could not be read was reported above and is missing here: say it once.
      const issues = checked.success ? [] : checked.error.issues.filter((i) => !unreadable.has(i.path[0]))
      for (const issue of issues) {
        const header = sheet.columns.find((c) => c.field === issue.path[0])?.header
        problems.add(row.rowNumber, header ? `${header}：${issue.message}` : issue.message, header)
      }
      if (!checked.success || unreadable.size) continue
      try {
        const saved = sheet.save(ctx, checked.data)
        const earlier = savedBy.get(saved.id)
        if (earlier) problems.add(row.rowNumber, `与第 ${earlier} 行是同一条记录，请合并为一行`)
        savedBy.set(saved.id, row.rowNumber)
        if (saved.created) created++
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        problems.add(row.rowNumber, error.message)
      }
    }
    problems.throwIfAny(sheet.title)
    const updated = rows.length - created
    ctx.audit.targets = [`registry:${input.kind}`]
    ctx.audit.summary = `从 ${input.fileName} 导入${sheet.title} ${rows.length} 行：新增 ${created}，更新 ${updated}`
    return { rows: rows.length, created, updated }
  },
)
