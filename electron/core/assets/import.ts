import { ASSET_CATEGORY_LABELS, ASSET_OWNERSHIP_LABELS, type AssetCategory, type AssetOwnership } from '../../shared/asset-terms'
import { assetCard } from '../../shared/contract/assets'
import { LEDGER_KEEPERS } from '../../shared/contract/ledgers'
import { FUND_NATURE_LABELS, type FundNature } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import { prepared } from '../api/types'
import { RowProblems, decodeUpload } from '../excel/problems'
import { cellDate, cellFen, cellText, readRows, type SheetRow, type TemplateSpec } from '../excel/sheet'
import { ledgerFor } from '../ledger/access'
import { cardProblems, storeCard, type CardInput } from './cards'

/** The published template (README): keep these names stable. */
const NOTES: [header: string, width: number, note: string][] = [
  ['资产编号', 14, '本账套内唯一，如 TY-2026-001'],
  ['资产名称', 20, '必填'],
  ['资产类别', 16, `附录2 类别：${Object.values(ASSET_CATEGORY_LABELS).join('、')}`],
  ['资产分类', 18, '附录2 中该类别下的分类，如 计算机设备、办公设备、车辆、家具'],
  ['数量', 8, '不填为 1'],
  ['原值', 14, '单位：元，最多两位小数；通用设备单位价值不低于 1,000 元，专用设备不低于 1,500 元'],
  ['入账日期', 12, '如 2024-03-15'],
  ['使用年限（月）', 12, '不填取附录2 最低年限；不能短于最低年限'],
  ['已提折旧', 14, '截至本账套启用时已提的累计折旧（元）；导入卡片不生成凭证，期初余额中已含 162/163/30104'],
  ['使用部门', 14, ''],
  ['使用人', 10, ''],
  ['存放地点', 14, ''],
  ['资金性质', 10, '专项 或 非专项，不填为非专项'],
  ['项目', 14, ''],
  ['资产性质', 10, '国有资产 或 工会资产，不填为工会资产'],
]
export const ASSET_COLUMNS = NOTES.map(([h]) => h)
/** Card field → its template column, for messages from the card schema. */
const COLUMN_OF: Record<string, string> = {
  code: '资产编号',
  name: '资产名称',
  item: '资产分类',
  quantity: '数量',
  cost: '原值',
  lifeMonths: '使用年限（月）',
  priorDepreciation: '已提折旧',
  department: '使用部门',
  keeper: '使用人',
  location: '存放地点',
  project: '项目',
}
const REQUIRED = ['资产编号', '资产名称', '资产类别', '资产分类', '原值', '入账日期']

export const ASSET_TEMPLATE: TemplateSpec = {
  fileName: 'UnionDesk-固定资产卡片导入模板.xlsx',
  title: '固定资产',
  columns: NOTES.map(([header, width, note]) => ({ header, width, note })),
  examples: [['TY-2024-001', '台式电脑', '通用设备', '计算机设备', 1, 6000, '2024-03-15', 72, 2000, '办公室', '张三', '二楼办公室', '非专项', '', '工会资产']],
}

const lookup = <K extends string>(labels: Record<K, string>) => new Map((Object.entries(labels) as [K, string][]).map(([k, v]) => [v, k]))
const CATEGORIES = lookup(ASSET_CATEGORY_LABELS)
const OWNERSHIPS = lookup(ASSET_OWNERSHIP_LABELS)
const NATURES = lookup(FUND_NATURE_LABELS)

/** One row → a card, every problem of the row collected with its column. */
function cardOf(row: SheetRow, problems: RowProblems): CardInput | null {
  const at = row.rowNumber
  const t = (h: string) => cellText(row.get(h))
  const category = CATEGORIES.get(t('资产类别').replace('家具用具及装具', '家具、用具及装具').replace('图书档案', '图书、档案')) as AssetCategory | undefined
  if (!category) problems.add(at, `“资产类别”列“${t('资产类别')}”不是附录2 的类别`)
  const cost = cellFen(row.get('原值'))
  if (cost === null) problems.add(at, `“原值”列“${t('原值')}”不是有效金额`)
  const prior = cellFen(row.get('已提折旧'))
  if (prior === null) problems.add(at, `“已提折旧”列“${t('已提折旧')}”不是有效金额`)
  const acquiredOn = cellDate(row.get('入账日期'))
  if (!acquiredOn) problems.add(at, `“入账日期”列“${t('入账日期')}”不是有效日期`)
  const quantity = t('数量') ? Number(t('数量')) : 1
  const life = t('使用年限（月）') ? Number(t('使用年限（月）')) : null
  if (!Number.isInteger(quantity) || quantity < 1) problems.add(at, '“数量”列应为正整数')
  if (life !== null && (!Number.isInteger(life) || life < 1)) problems.add(at, '“使用年限（月）”列应为正整数')
  const ownership = t('资产性质') ? (OWNERSHIPS.get(t('资产性质')) as AssetOwnership | undefined) : 'union'
  if (!ownership) problems.add(at, '“资产性质”列只能填“国有资产”或“工会资产”')
  const nature = t('资金性质') ? (NATURES.get(t('资金性质')) as FundNature | undefined) : 'general'
  if (!nature) problems.add(at, '“资金性质”列只能填“专项”或“非专项”')
  if (!category || cost === null || prior === null || !acquiredOn || !ownership || !nature) return null
  const parsed = assetCard.safeParse({
    code: t('资产编号'),
    name: t('资产名称'),
    category,
    item: t('资产分类'),
    ownership,
    quantity,
    cost,
    acquiredOn,
    lifeMonths: life,
    priorDepreciation: prior,
    department: t('使用部门'),
    keeper: t('使用人'),
    location: t('存放地点'),
    fundNature: nature,
    project: t('项目'),
  })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(at, `“${COLUMN_OF[String(issue.path[0])] ?? String(issue.path[0])}”列：${issue.message}`)
    return null
  }
  for (const p of cardProblems(parsed.data).problems) problems.add(at, p)
  return parsed.data
}

/** Cards of assets the union already has: nothing is booked, the tie-out shows whether they agree with 162/163. */
export const importAssets = prepared<'assets.import', SheetRow[]>(
  (_ctx, input) => readRows(decodeUpload(input.content), REQUIRED),
  (ctx, input, rows) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    const problems = new RowProblems()
    const seen = new Map<string, number>()
    const cards = rows.map((row) => {
      const card = cardOf(row, problems)
      if (card && seen.has(card.code)) problems.add(row.rowNumber, `资产编号 ${card.code} 与第 ${seen.get(card.code)} 行重复`)
      if (card) seen.set(card.code, row.rowNumber)
      return { row, card }
    })
    problems.throwIfAny('资产卡片')
    for (const { row, card } of cards) {
      try {
        storeCard(ctx, ledger, card!)
      } catch (error) {
        problems.add(row.rowNumber, (error as Error).message)
      }
    }
    problems.throwIfAny('资产卡片')
    const cost = cards.reduce((n, c) => n + c.card!.cost, 0)
    const accumulated = cards.reduce((n, c) => n + c.card!.priorDepreciation, 0)
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `从 ${input.fileName} 导入固定资产卡片 ${cards.length} 张，原值 ${formatFen(cost)}，已提折旧 ${formatFen(accumulated)}（不生成凭证）`
    return { created: cards.length, cost, accumulated }
  },
)
