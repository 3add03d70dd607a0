import type { ImportKind } from '../../shared/contract/imports'
import { prepared, type HandlerMap } from '../api/types'
import { ASSET_TEMPLATE } from '../assets/import'
import { BUDGET_TEMPLATES } from '../budget/import'
import { LEDGER_TEMPLATES } from '../ledger/import'
import { LEVY_TEMPLATE } from '../levy/import'
import { REGISTRY_SHEETS } from '../registry/sheets'
import { RULE_TEMPLATE } from '../rules/import'
import { templateWorkbook, type TemplateSpec } from './sheet'

/** One download method for every published template, whichever section imports it. */
const TEMPLATES: Record<ImportKind, TemplateSpec> = {
  ...LEDGER_TEMPLATES,
  ...BUDGET_TEMPLATES,
  'spending-rules': RULE_TEMPLATE,
  'levy-returns': LEVY_TEMPLATE,
  assets: ASSET_TEMPLATE,
  ...Object.fromEntries(
    Object.entries(REGISTRY_SHEETS).map(([kind, sheet]) => [
      kind,
      { fileName: `UnionDesk-${sheet.title}导入模板.xlsx`, title: sheet.title, columns: sheet.columns, examples: sheet.examples },
    ]),
  ),
} as Record<ImportKind, TemplateSpec>

export const templateHandlers: HandlerMap<'import.template'> = {
  'import.template': prepared<'import.template', Buffer>(
    (_ctx, input) => templateWorkbook(TEMPLATES[input.kind]),
    (_ctx, input, workbook) => ({ fileName: TEMPLATES[input.kind].fileName, content: workbook.toString('base64') }),
  ),
}
