/**
 * Import of the 支出标准 workbook, with its template and the export made from the same columns, so an
 * exported workbook can be edited and imported again.
 */
import { EVENT_TYPES, GIFT_FORMS, LIMIT_KIND_LABELS, RULE_SEVERITY_LABELS } from '../../shared/budget-terms'
import { spendingRuleInput, type SpendingRuleRow } from '../../shared/contract/rules'
import { formatFen, parseYuanToFen } from '../../shared/money'
import { codeOfLabel } from '../../shared/registry-terms'
import type { Core } from '../app'
import { printableWorkbook, type PrintValue } from '../excel/printable'
import { RowProblems } from '../excel/problems'
import { cellDate, cellText, type SheetRow, type TemplateSpec } from '../excel/sheet'
import { listRules, saveRule } from './store'

/** One column list for the template, the export and the import, so an export can be edited and re-imported. */
const COLUMNS: [header: string, width: number, note: string][] = [
  ['编号', 8, '导出时带出；填了编号即修改该条，空白则新增'],
  ['适用范围', 24, '如 上海市、某区、本街镇；示例标准请改为正式文件'],
  ['生效日期', 12, '如 2026-01-01'],
  ['失效日期', 12, '空白为长期有效'],
  ['科目', 10, '支出科目编码前缀，如 501；空白为全部科目'],
  ['事项类型', 12, `空白为全部；可选：${EVENT_TYPES.join('、')}`],
  ['受益对象', 10, '如 会员、全体职工（说明用）'],
  ['限额类型', 20, Object.values(LIMIT_KIND_LABELS).join('、')],
  ['限额（元）', 12, '每人每次、每人每年限额填写，最多两位小数'],
  ['比例（%）', 10, '比例类填写，如 66.67 表示三分之二，30 表示 30%'],
  ['发放形式', 16, `禁止的发放形式，多个用顿号分隔：${GIFT_FORMS.join('、')}`],
  ['处理', 8, '警告 或 禁止'],
  ['说明', 40, '提示报账人时引用的文字'],
  ['示例', 8, '是 / 否：是否为待替换的示例标准'],
  ['启用', 8, '是 / 否'],
]
const HEADERS = COLUMNS.map(([h]) => h)

export const RULE_TEMPLATE: TemplateSpec = {
  fileName: 'UnionDesk-支出标准导入模板.xlsx',
  title: '支出标准',
  columns: COLUMNS.map(([header, width, note]) => ({ header, width, note })),
  examples: [['', '本街镇', '2026-01-01', '', '', '生日', '会员', '每人每次限额', 300, '', '', '禁止', '生日慰问每人不超过 300 元', '否', '是']],
}

const yesNo = (b: boolean) => (b ? '是' : '否')

function toCells(r: SpendingRuleRow): PrintValue[] {
  return [
    r.id,
    r.jurisdiction,
    r.effectiveFrom,
    r.effectiveTo,
    r.accountPrefix,
    r.eventType,
    r.beneficiaryScope,
    LIMIT_KIND_LABELS[r.limitKind],
    r.amount,
    r.shareBp === null ? null : formatFen(r.shareBp, { thousands: false }),
    r.forms?.join('、') ?? null,
    RULE_SEVERITY_LABELS[r.severity],
    r.description,
    yesNo(r.isExample),
    yesNo(r.enabled),
  ]
}

export async function exportRules(core: Core, org: string, date: string): Promise<Buffer> {
  return printableWorkbook(
    [{ name: '支出标准', title: '支出标准', headers: HEADERS, rows: listRules(core).map(toCells), money: [8], widths: COLUMNS.map(([, w]) => w) }],
    org,
    date,
  )
}

/** A sheet row in the contract's input shape; the schema then says what is wrong with it. */
function parseRow(row: SheetRow): unknown {
  const text = (h: string) => cellText(row.get(h))
  const orNull = (s: string) => (s === '' ? null : s)
  const amountText = text('限额（元）')
  const shareText = text('比例（%）')
  return {
    id: text('编号') ? Number(text('编号')) : null,
    jurisdiction: text('适用范围'),
    effectiveFrom: cellDate(row.get('生效日期')) ?? text('生效日期'),
    effectiveTo: text('失效日期') ? (cellDate(row.get('失效日期')) ?? text('失效日期')) : null,
    accountPrefix: orNull(text('科目')),
    eventType: orNull(text('事项类型')),
    beneficiaryScope: orNull(text('受益对象')),
    limitKind: codeOfLabel(LIMIT_KIND_LABELS, text('限额类型')) ?? text('限额类型'),
    amount: amountText ? (parseYuanToFen(amountText) ?? amountText) : null,
    shareBp: shareText ? (parseYuanToFen(shareText) ?? shareText) : null,
    forms: text('发放形式')
      ? text('发放形式')
          .split(/[、,，\s]+/)
          .filter(Boolean)
      : null,
    severity: codeOfLabel(RULE_SEVERITY_LABELS, text('处理')) ?? text('处理'),
    description: text('说明'),
    isExample: text('示例') === '是',
    enabled: text('启用') !== '否',
  }
}

/** All rows or none: every bad row is reported with its Excel row number. */
export function importRules(core: Core, rows: SheetRow[]): { rows: number; created: number; updated: number } {
  const problems = new RowProblems()
  const known = new Set(listRules(core).map((r) => r.id))
  const parsed = rows.map((row) => {
    const result = spendingRuleInput.safeParse(parseRow(row))
    if (!result.success) {
      for (const issue of result.error.issues) {
        const header = FIELD_HEADERS[String(issue.path[0])] ?? ''
        problems.add(row.rowNumber, `${header}${header ? '：' : ''}${issue.message}`, header)
      }
      return null
    }
    if (result.data.id !== null && !known.has(result.data.id)) problems.add(row.rowNumber, `编号 ${result.data.id} 的支出标准不存在（新增请留空编号）`)
    return result.data
  })
  problems.throwIfAny('支出标准')
  let created = 0
  for (const input of parsed) {
    if (input!.id === null) created++
    saveRule(core, input!)
  }
  return { rows: parsed.length, created, updated: parsed.length - created }
}

const FIELD_HEADERS: Record<string, string> = {
  id: '编号',
  jurisdiction: '适用范围',
  effectiveFrom: '生效日期',
  effectiveTo: '失效日期',
  accountPrefix: '科目',
  eventType: '事项类型',
  beneficiaryScope: '受益对象',
  limitKind: '限额类型',
  amount: '限额（元）',
  shareBp: '比例（%）',
  forms: '发放形式',
  severity: '处理',
  description: '说明',
}

export const RULE_REQUIRED_HEADERS = ['适用范围', '生效日期', '限额类型', '处理', '说明']
