import type { ExportKind } from '../../shared/contract/registry-reports'
import type { RegistryImportKind } from '../../shared/contract/imports'
import { CHECK_STATUS_LABELS, UNION_TYPE_LABELS } from '../../shared/registry-terms'
import { prepared } from '../api/types'
import type { Core } from '../app'
import { printableWorkbook, type PrintSheet } from '../excel/printable'
import { formatCell, unionCodes } from './columns'
import { worklists } from './dashboard'
import { yearFacts } from './facts'
import { scorecardOf } from './scorecard'
import { REGISTRY_SHEETS } from './sheets'
import { streetName } from './tree'
import { todayOf, yearOr } from '../system/time'

/** Titles of the register's own lists (the import kinds), for a year. */
const LIST_TITLES: Record<RegistryImportKind, (year: number) => string> = {
  unions: () => '工会组织台账',
  enterprises: (y) => `${y} 年企业名单`,
  committee: (y) => `${y} 年联合委员会成员`,
  staff: (y) => `${y} 年专职工作者`,
  stations: () => '服务站点',
  surveys: (y) => `${y} 年度调查汇总`,
}

/** A register list in its import columns, so the printed file can be corrected and imported again. */
function listSheet(core: Core, kind: RegistryImportKind, year: number, rows?: Record<string, unknown>[], title?: string): PrintSheet {
  const sheet = REGISTRY_SHEETS[kind]
  const codes = unionCodes(core)
  return {
    name: title ?? sheet.title,
    title: title ?? LIST_TITLES[kind](year),
    headers: sheet.columns.map((c) => c.header),
    rows: (rows ?? sheet.rows(core, year)).map((r) => sheet.columns.map((c) => formatCell(c, r[c.field], codes))),
  }
}

/** The scorecard twice: a one-line-per-小二级 overview, and every check with its figure. */
function scorecardSheets(core: Core, year: number): PrintSheet[] {
  const card = scorecardOf(yearFacts(core, year))
  return [
    {
      name: '达标情况汇总',
      title: `${year} 年小二级工会达标情况汇总（截至 ${card.asAt}）`,
      headers: ['小二级', ...card.rules.map((r) => `${r.label}（${r.clause}）`)],
      rows: card.rows.map((r) => [r.name, ...r.checks.map((c) => CHECK_STATUS_LABELS[c.status])]),
    },
    {
      name: '检查明细',
      title: `${year} 年小二级工会达标检查明细（截至 ${card.asAt}）`,
      headers: ['小二级', '检查项目', '依据', '结论', '数据', '说明'],
      rows: card.rows.flatMap((r) => r.checks.map((c) => [r.name, c.label, c.clause, CHECK_STATUS_LABELS[c.status], c.figure, c.explanation])),
    },
  ]
}

function worklistSheet(core: Core, kind: 'uncovered' | 'withoutUnion' | 'certificates' | 'withoutSurvey', year: number): PrintSheet {
  const lists = worklists(core, year)
  if (kind === 'uncovered') return listSheet(core, 'enterprises', year, lists.uncovered, `${year} 年未被小二级覆盖的企业`)
  if (kind === 'withoutUnion') return listSheet(core, 'enterprises', year, lists.withoutUnion, `${year} 年未建会企业（建会目标）`)
  if (kind === 'certificates') {
    return {
      name: '法人证书到期',
      title: `法人资格证书到期提醒（截至 ${lists.asAt}）`,
      headers: ['工会编码', '工会名称', '组织类型', '证书编号', '有效期止', '剩余天数'],
      rows: lists.certificates.map((c) => [c.code, c.name, UNION_TYPE_LABELS[c.type], c.certNo, c.certTo, c.daysLeft < 0 ? `已过期 ${-c.daysLeft} 天` : c.daysLeft]),
    }
  }
  return {
    name: '未完成年度调查',
    title: `${year} 年未完成年度调查的小二级`,
    headers: ['工会编码', '小二级名称'],
    rows: lists.withoutSurvey.map((x) => [x.code, x.name]),
  }
}

/** Each 小二级's two rates with the figures behind them, closing the printed register. */
function ratesSheet(core: Core, year: number): PrintSheet {
  const card = scorecardOf(yearFacts(core, year))
  return {
    name: '建会率入会率',
    title: `${year} 年各小二级建会率、入会率`,
    headers: ['小二级', '建会率', '入会率', '结论'],
    rows: card.rows.map((r) => {
      const [coverage, membership] = ['coverage_rate', 'membership_rate'].map((k) => r.checks.find((c) => c.rule === k)!)
      return [r.name, coverage.figure, membership.figure, `${CHECK_STATUS_LABELS[coverage.status]} / ${CHECK_STATUS_LABELS[membership.status]}`]
    }),
  }
}

function sheetsFor(core: Core, kind: ExportKind, year: number): PrintSheet[] {
  switch (kind) {
    case 'registry':
      return [...(Object.keys(REGISTRY_SHEETS) as RegistryImportKind[]).map((k) => listSheet(core, k, year)), ratesSheet(core, year)]
    case 'scorecard':
      return scorecardSheets(core, year)
    case 'uncovered':
    case 'withoutUnion':
    case 'certificates':
    case 'withoutSurvey':
      return [worklistSheet(core, kind, year)]
    default:
      return [listSheet(core, kind, year)]
  }
}

const FILE_NAMES: Record<ExportKind, string> = {
  registry: '组织台账',
  scorecard: '小二级达标检查',
  unions: '工会组织',
  enterprises: '企业名单',
  committee: '联合委员会成员',
  staff: '专职工作者',
  stations: '服务站点',
  surveys: '年度调查',
  uncovered: '未覆盖企业',
  withoutUnion: '未建会企业',
  certificates: '法人证书到期',
  withoutSurvey: '未完成年度调查',
}

/**
 * Reading happens in prepare, synchronously and before the first await, so every sheet sees the
 * same data; only the workbook writing awaits.
 */
export const exportRegistry = prepared<'registry.export', { buffer: Buffer; year: number }>(
  async (ctx, input) => {
    const year = yearOr(ctx.core, input.year)
    const sheets = sheetsFor(ctx.core, input.kind, year)
    return { buffer: await printableWorkbook(sheets, streetName(ctx.core), todayOf(ctx.core)), year }
  },
  (_ctx, input, { buffer, year }) => ({ fileName: `UnionDesk-${FILE_NAMES[input.kind]}-${year}.xlsx`, content: buffer.toString('base64') }),
)
