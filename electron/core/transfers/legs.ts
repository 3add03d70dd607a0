import type { MoneyPattern, TransferKind } from '../../shared/budget-terms'
import type { AccountRow } from '../../shared/contract/ledgers'
import type { TransferInput } from '../../shared/contract/transfers'
import { AppError } from '../../shared/errors'
import type { Core } from '../app'
import { chartOf } from '../ledger/accounts'
import type { LedgerRecord } from '../ledger/access'
import type { LineInput } from '../ledger/voucher-lines'

/**
 * Where one line of a transfer voucher goes: an account under `codes` (a detail account when the
 * chart has them). `pick` names the input field the user chose it with; `party` asks for the detail
 * named after the other side (135 其他应收款—街镇总工会, 215 其他应付款—XX联合会); `nature` prefers the
 * 一般性 (01) or 专项 (02) transfer-payment detail of 508 / 403 by the 资金性质.
 */
interface Leg {
  codes: string[]
  pick?: 'fromBankAccountId' | 'toBankAccountId'
  party?: boolean
  nature?: boolean
}
type VoucherLegs = { debit: Leg; credit: Leg }

const BANK: Leg = { codes: ['102'] }

/** Reference §4 entries 3 and 7 and §11.2 (b): each kind and money pattern as the two 账套 book it. */
function legsOf(kind: TransferKind, pattern: MoneyPattern): { upper: VoucherLegs; lower: VoucherLegs } {
  const pooled = pattern === 'pooled'
  const upperMoney: Leg = pooled ? { codes: ['215'], party: true } : { ...BANK, pick: 'fromBankAccountId' }
  const lowerMoney: Leg = pooled ? { codes: ['135'], party: true } : { ...BANK, pick: 'toBankAccountId' }
  switch (kind) {
    case 'subsidy':
      return {
        upper: { debit: { codes: ['508'], nature: true }, credit: upperMoney },
        lower: { debit: lowerMoney, credit: { codes: ['403'], nature: true } },
      }
    case 'levy':
      return {
        upper: { debit: { codes: ['21202', '212'] }, credit: upperMoney },
        lower: { debit: lowerMoney, credit: { codes: ['402'] } },
      }
    case 'pool':
      if (!pooled) throw new AppError('VALIDATION', '代管资金往来只用于资金存放在街镇总工会账户的小二级', { fields: { moneyPattern: '应为资金存放街镇总工会账户' } })
      // The 街镇 pays out of the pool for the 小二级: its liability and the 小二级's claim both go down.
      return {
        upper: { debit: { codes: ['215'], party: true }, credit: { ...BANK, pick: 'fromBankAccountId' } },
        lower: { debit: { codes: ['101', '102'], pick: 'toBankAccountId' }, credit: { codes: ['135'], party: true } },
      }
  }
}

const under = (a: AccountRow, code: string) => a.code === code || a.code.startsWith(code)

function resolve(chart: AccountRow[], leg: Leg, input: TransferInput, ledger: LedgerRecord, partyNames: string[]): AccountRow {
  const chosen = leg.pick ? input[leg.pick] : null
  const codes = leg.codes.join(' 或 ')
  if (chosen !== null) {
    const account = chart.find((a) => a.id === chosen)
    if (!account || !leg.codes.some((c) => under(account, c))) {
      throw new AppError('VALIDATION', `账套“${ledger.name}”中所选科目应为 ${codes} 下的科目`, { fields: { [leg.pick!]: `应为 ${codes} 下的科目` } })
    }
    return account
  }
  const leaves = (code: string) => chart.filter((a) => a.isLeaf && a.enabled && under(a, code))
  for (const code of leg.codes) {
    let found = leaves(code)
    if (leg.nature) {
      const detail = found.filter((a) => a.code === `${code}${input.fundNature === 'special' ? '02' : '01'}`)
      if (detail.length) found = detail
    }
    if (leg.party && found.length > 1) {
      const named = found.filter((a) => partyNames.some((n) => n && (a.name.includes(n) || n.includes(a.name))))
      if (named.length) found = named
    }
    if (found.length === 1) return found[0]
    if (found.length > 1) {
      const what = leg.pick ? '请选择银行账户' : `请为对方单位设置一个名称与之对应的明细科目`
      throw new AppError('VALIDATION', `账套“${ledger.name}”的科目 ${code} 有多个明细科目，${what}`, leg.pick ? { fields: { [leg.pick]: '请选择' } } : undefined)
    }
  }
  throw new AppError('VALIDATION', `账套“${ledger.name}”没有可用的 ${codes} 科目，请先在“科目设置”中增设或启用`)
}

export interface TransferParty {
  ledger: LedgerRecord
  /** The other side's 账套, named on every line as 往来单位 so the 汇总 eliminations pair the lines. */
  other: LedgerRecord
  /** Names the other side's detail account (135/215) may carry: its 账套 name, 编制单位, union name. */
  otherNames: string[]
}

/** The balanced lines of one side's voucher, with the 资金性质 and 基本支出 the accounts require. */
export function sideLines(core: Core, input: TransferInput, party: TransferParty, which: 'upper' | 'lower'): LineInput[] {
  const legs = legsOf(input.kind, input.moneyPattern)[which]
  const chart = chartOf(core, party.ledger.id, { postings: false })
  const line = (leg: Leg, side: 'debit' | 'credit'): LineInput => {
    const a = resolve(chart, leg, input, party.ledger, party.otherNames)
    return {
      summary: input.summary,
      accountId: a.id,
      debit: side === 'debit' ? input.amount : 0,
      credit: side === 'credit' ? input.amount : 0,
      fundNature: a.needsFundNature ? input.fundNature : null,
      spendType: a.needsSpendType ? 'basic' : null,
      projectId: null,
      counterpart: party.other.name.slice(0, 60),
    }
  }
  return [line(legs.debit, 'debit'), line(legs.credit, 'credit')]
}

/** Both sides' lines of a transfer. */
export const transferLines = (core: Core, input: TransferInput, upper: TransferParty, lower: TransferParty) => ({
  upper: sideLines(core, input, upper, 'upper'),
  lower: sideLines(core, input, lower, 'lower'),
})
