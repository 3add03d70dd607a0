import { labelled } from './labelled'

/**
 * 固定资产 vocabulary (工会会计制度 第三十二–三十五条, 附录2 工会固定资产折旧年限表): classes, items with
 * their minimum lives in months, the capitalisation thresholds. Shared by core and renderer.
 */
export const [ASSET_CATEGORIES, ASSET_CATEGORY_LABELS] = labelled({
  buildings: '房屋及构筑物',
  general: '通用设备',
  special: '专用设备',
  furniture: '家具、用具及装具',
  relics: '文物和陈列品',
  books: '图书、档案',
  land: '土地',
  living: '动植物',
})
export type AssetCategory = (typeof ASSET_CATEGORIES)[number]

/** 第三十五条: 文物和陈列品, 动植物, 图书档案 and separately valued land are not depreciated. */
export const NON_DEPRECIABLE: readonly AssetCategory[] = ['relics', 'books', 'land', 'living']

/** 附录2 items → minimum life in months (the default on a new card). */
export const ASSET_ITEMS: Record<AssetCategory, Record<string, number>> = {
  buildings: { 钢结构: 600, 钢筋混凝土结构: 600, 砖混结构: 360, 砖木结构: 360, 简易房: 96, 房屋附属设施: 96, 构筑物: 96 },
  general: {
    计算机设备: 72,
    办公设备: 72,
    车辆: 96,
    图书档案设备: 60,
    电气设备: 60,
    通信设备: 60,
    '广播、电视、电影设备': 60,
    仪器仪表: 60,
    电子和通信测量设备: 60,
    '计量标准器具及量具、衡器': 60,
    机械设备: 120,
    '雷达、无线电和卫星导航设备': 120,
  },
  special: {
    食品加工设备: 120,
    纺织设备: 120,
    '缝纫、服饰、制革和毛皮加工设备': 120,
    医疗设备: 60,
    安全生产设备: 120,
    环境污染防治设备: 120,
    文艺设备: 60,
    体育设备: 60,
    娱乐设备: 60,
  },
  furniture: { 家具: 180, '用具、装具': 60 },
  relics: { 文物: 0, 陈列品: 0 },
  books: { 图书: 0, 档案: 0 },
  land: { 土地: 0 },
  living: { 动植物: 0 },
}

/** Unit-value thresholds in 分 (第三十二条): ¥1,000, 专用设备 ¥1,500; collections and land have none. */
export function assetThreshold(category: AssetCategory): number | null {
  if (category === 'special') return 150_000
  return NON_DEPRECIABLE.includes(category) ? null : 100_000
}

/** Donated assets without evidence of value are booked at ¥1 (第二十七条) and not depreciated. */
export const NOMINAL_VALUE = 100

export const [ASSET_OWNERSHIPS, ASSET_OWNERSHIP_LABELS] = labelled({ union: '工会资产', state: '国有资产' })
export type AssetOwnership = (typeof ASSET_OWNERSHIPS)[number]

export const [ASSET_STATUSES, ASSET_STATUS_LABELS] = labelled({ in_use: '在用', disposed: '已处置' })

export const [DISPOSAL_KINDS, DISPOSAL_KIND_LABELS] = labelled({ sale: '出售', scrap: '报废', loss: '毁损/盘亏' })

/** The 507 资本性支出 detail a purchase of each class is booked to by default (reference §4 #12). */
export const CAPITAL_ACCOUNT: Record<AssetCategory, string> = {
  buildings: '50701',
  general: '50702',
  special: '50703',
  furniture: '50707',
  relics: '50707',
  books: '50707',
  land: '50701',
  living: '50707',
}

/** The class (and 附录2 item) a 507 detail buys; 50705 大型修缮 repairs what exists and makes no card. */
const CLASS_OF_ACCOUNT: Record<string, [AssetCategory, string | undefined]> = {
  '50701': ['buildings', undefined],
  '50702': ['general', '办公设备'],
  '50703': ['special', undefined],
  '50704': ['general', '车辆'],
  '50706': ['general', '计算机设备'],
  '50707': ['furniture', '家具'],
}

/** The class and item a claim line's account buys, or null when it buys no asset (the core and the claim screen agree). */
export function assetClassOfAccount(accountCode: string): readonly [AssetCategory, string | undefined] | null {
  return CLASS_OF_ACCOUNT[accountCode.slice(0, 5)] ?? null
}
