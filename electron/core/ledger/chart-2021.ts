/**
 * 《工会会计制度》(财会〔2021〕7号) chart for a 基层工会 ledger, version ZD2021. Codes and names are
 * the official ones and must never be renumbered or renamed. `enabled` is true for the 24 基层
 * accounts and for 132/212/508, which a 街镇总工会 with 小二级 below it needs; the other 县级以上
 * accounts are present but switched off until a ledger needs one.
 */
export const CHART_VERSION = 'ZD2021-基层-v1'

export interface ChartEntry {
  code: string
  name: string
  enabled: boolean
}

const basic = (code: string, name: string): ChartEntry => ({ code, name, enabled: true })
const optional = (code: string, name: string): ChartEntry => ({ code, name, enabled: false })

export const CHART_2021: ChartEntry[] = [
  basic('101', '库存现金'),
  basic('102', '银行存款'),
  optional('111', '零余额账户用款额度'),
  optional('121', '财政应返还额度'),
  optional('12101', '财政直接支付'),
  optional('12102', '财政授权支付'),
  basic('131', '应收上级经费'),
  basic('13101', '应收上级补助'),
  basic('13102', '应收上级转拨经费'),
  basic('132', '应收下级经费'),
  basic('135', '其他应收款'),
  basic('141', '库存物品'),
  optional('151', '投资'),
  optional('161', '在建工程'),
  basic('162', '固定资产'),
  basic('163', '累计折旧'),
  optional('171', '无形资产'),
  optional('172', '累计摊销'),
  optional('181', '长期待摊费用'),
  basic('182', '待处理财产损溢'),
  optional('201', '应付职工薪酬'),
  basic('211', '应付上级经费'),
  basic('212', '应付下级经费'),
  basic('21201', '应付下级补助'),
  basic('21202', '应付下级转拨经费'),
  basic('215', '其他应付款'),
  optional('221', '代管经费'),
  basic('301', '资产基金'),
  basic('30101', '库存物品'),
  optional('30102', '投资'),
  optional('30103', '在建工程'),
  basic('30104', '固定资产'),
  optional('30105', '无形资产'),
  optional('30106', '长期待摊费用'),
  optional('311', '专用基金'),
  basic('321', '工会资金结转'),
  basic('32101', '年初余额调整'),
  basic('32102', '单位内部调剂'),
  basic('32103', '本年收支结转'),
  basic('32104', '累计结转'),
  basic('322', '工会资金结余'),
  basic('32201', '年初余额调整'),
  basic('32202', '单位内部调剂'),
  basic('32203', '本年收支结转'),
  basic('32204', '结转转入'),
  basic('32205', '累计结余'),
  basic('401', '会费收入'),
  basic('402', '拨缴经费收入'),
  basic('403', '上级补助收入'),
  basic('40301', '一般性转移支付补助'),
  basic('40302', '专项转移支付补助'),
  basic('405', '行政补助收入'),
  optional('406', '附属单位上缴收入'),
  optional('407', '投资收益'),
  basic('408', '其他收入'),
  basic('501', '职工活动支出'),
  basic('50101', '职工教育支出'),
  basic('50102', '文体活动支出'),
  basic('50103', '宣传活动支出'),
  basic('50104', '劳模职工疗休养支出'),
  basic('50105', '会员活动支出'),
  basic('50106', '其他活动支出'),
  basic('503', '职工服务支出'),
  basic('50301', '劳动和技能竞赛活动支出'),
  basic('50302', '建家活动支出'),
  basic('50303', '职工创新活动支出'),
  basic('50304', '职工书屋活动支出'),
  basic('50305', '其他服务支出'),
  basic('504', '维权支出'),
  basic('50401', '劳动关系协调支出'),
  basic('50402', '劳动保护支出'),
  basic('50403', '法律援助支出'),
  basic('50404', '困难职工帮扶支出'),
  basic('50405', '送温暖支出'),
  basic('50406', '其他维权支出'),
  basic('505', '业务支出'),
  basic('50501', '培训支出'),
  basic('50502', '会议支出'),
  basic('50503', '专项业务支出'),
  basic('50504', '其他业务支出'),
  basic('507', '资本性支出'),
  basic('50701', '房屋建筑物购建'),
  basic('50702', '办公设备购置'),
  basic('50703', '专用设备购置'),
  basic('50704', '交通工具购置'),
  basic('50705', '大型修缮'),
  basic('50706', '信息网络购建'),
  basic('50707', '其他资本性支出'),
  basic('508', '补助下级支出'),
  basic('50801', '一般性转移支付补助'),
  basic('50802', '专项转移支付补助'),
  optional('509', '对附属单位的支出'),
  basic('510', '其他支出'),
]

/** Accounts whose normal balance is on the side opposite to their category's. */
const CONTRA = new Set(['163', '172'])

export function categoryOf(code: string): 'asset' | 'liability' | 'net_asset' | 'income' | 'expense' {
  return (['asset', 'liability', 'net_asset', 'income', 'expense'] as const)[Number(code[0]) - 1]
}

export function normalSideOf(code: string): 'debit' | 'credit' {
  const category = categoryOf(code)
  const debitNormal = category === 'asset' || category === 'expense'
  return debitNormal !== CONTRA.has(code.slice(0, 3)) ? 'debit' : 'credit'
}
