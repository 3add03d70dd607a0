import { useEffect, useState } from 'react'
import { DatePicker, Form, Input, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { MONEY_PATTERNS, MONEY_PATTERN_LABELS, TRANSFER_KINDS, TRANSFER_KIND_LABELS, type MoneyPattern, type TransferKind } from '../../../../../electron/shared/budget-terms'
import type { StreetLedger } from '../../../../../electron/shared/contract/funding'
import type { AccountRow } from '../../../../../electron/shared/contract/ledgers'
import { transferInput } from '../../../../../electron/shared/contract/transfers'
import { FUND_NATURES, FUND_NATURE_LABELS, type FundNature } from '../../../../../electron/shared/ledger-terms'
import { formatFen } from '../../../../../electron/shared/money'
import { call } from '../../../api/client'
import { fenOf } from '../../../components/AmountInput'
import { FormModal } from '../../../components/FormModal'
import { rulesFor } from '../../../forms'
import { useCall } from '../../../hooks/useCall'
import { FormAmount, positiveAmount } from '../FormAmount'
import { officeTodayDayjs } from '../../../office-time'

interface Values {
  kind: TransferKind
  moneyPattern: MoneyPattern
  toLedgerId: number
  date: Dayjs
  amount: string
  summary: string
  fundNature: FundNature
  fromBankAccountId?: number
  toBankAccountId?: number
  fundingPlanId?: number
}

interface Props {
  street: StreetLedger
  year: number
  open: boolean
  onClose: () => void
  onCreated: () => void
}

const f = transferInput.shape
/** Leaf accounts under these codes, as options ("10201 银行存款-工行"). */
const leaves = (chart: AccountRow[] | undefined, codes: string[]) =>
  (chart ?? []).filter((a) => a.isLeaf && a.enabled && codes.some((c) => a.code.startsWith(c))).map((a) => ({ value: a.id, label: `${a.code} ${a.fullName}` }))

/** 新建划拨: both vouchers are drafted in one call; accounts left blank are found by the core. */
export function TransferModal({ street, year, open, onClose, onCreated }: Props) {
  return (
    <FormModal<Values>
      title="新建上代下划拨"
      okText="生成两张凭证"
      width={640}
      open={open}
      onClose={onClose}
      initialValues={{ kind: 'subsidy', moneyPattern: 'own_account', fundNature: 'general', date: officeTodayDayjs() }}
      intro="在街镇账套和小二级账套各生成一张草稿凭证，往来单位互相填写对方账套名称；任一方不能生成（如期间已结账）时两张都不生成。"
      onSubmit={async (v) => {
        const bank = v.kind === 'pool' || v.moneyPattern === 'own_account'
        await call('transfers.create', {
          kind: v.kind,
          moneyPattern: v.moneyPattern,
          fromLedgerId: street.ledgerId,
          toLedgerId: v.toLedgerId,
          date: v.date.format('YYYY-MM-DD'),
          amount: fenOf(v.amount)!,
          summary: v.summary,
          fundNature: v.fundNature,
          fromBankAccountId: bank ? (v.fromBankAccountId ?? null) : null,
          toBankAccountId: bank ? (v.toBankAccountId ?? null) : null,
          fundingPlanId: v.kind === 'subsidy' ? (v.fundingPlanId ?? null) : null,
        })
        onCreated()
      }}
    >
      <TransferFields street={street} year={year} />
    </FormModal>
  )
}

/** The fields, inside the modal's form so they can follow the kind, pattern and 小二级 chosen. */
function TransferFields({ street, year }: { street: StreetLedger; year: number }) {
  const form = Form.useFormInstance<Values>()
  const kind = Form.useWatch('kind', form) ?? 'subsidy'
  const pattern = Form.useWatch('moneyPattern', form) ?? 'own_account'
  const toLedgerId = Form.useWatch('toLedgerId', form)
  const streetChart = useCall('accounts.list', { ledgerId: street.ledgerId })
  const plan = useCall('funding.get', { ledgerId: street.ledgerId, year })
  const [lowerChart, setLowerChart] = useState<AccountRow[]>()
  useEffect(() => {
    setLowerChart(undefined)
    if (toLedgerId) void call('accounts.list', { ledgerId: toLedgerId }).then(setLowerChart, () => setLowerChart([]))
  }, [toLedgerId])

  const lowers = street.xiaoerji.filter((x) => x.ledgerId !== null)
  const union = lowers.find((x) => x.ledgerId === toLedgerId)?.unionId
  const plans = (plan.data?.rows ?? []).filter((r) => r.unionId === union && r.planId !== null)
  // Pooled money moves through 215/135 (found by the core), except a 代管资金 payout, which leaves the bank.
  const bank = kind === 'pool' || pattern === 'own_account'

  return (
    <>
      <Form.Item name="kind" label="划拨类型" rules={rulesFor(f.kind, { select: true })}>
        <Select options={TRANSFER_KINDS.map((k) => ({ value: k, label: TRANSFER_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="moneyPattern" label="资金存放方式" rules={rulesFor(f.moneyPattern, { select: true })}>
        <Select options={MONEY_PATTERNS.map((p) => ({ value: p, label: MONEY_PATTERN_LABELS[p] }))} />
      </Form.Item>
      <Form.Item name="toLedgerId" label="小二级账套" rules={rulesFor(f.toLedgerId, { select: true })}>
        <Select options={lowers.map((x) => ({ value: x.ledgerId!, label: `${x.code} ${x.name}（账套：${x.ledgerName}）` }))} notFoundContent="没有建了账套的小二级" />
      </Form.Item>
      <Form.Item name="date" label="划拨日期" rules={[{ required: true, message: '请选择划拨日期' }]}>
        <DatePicker format="YYYY-MM-DD" allowClear={false} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="amount" label="金额（元）" rules={[positiveAmount(fenOf)]}>
        <FormAmount aria-label="金额（元）" />
      </Form.Item>
      <Form.Item name="summary" label="摘要" rules={rulesFor(f.summary)}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="fundNature" label="资金性质" rules={rulesFor(f.fundNature, { select: true })}>
        <Select options={FUND_NATURES.map((n) => ({ value: n, label: FUND_NATURE_LABELS[n] }))} />
      </Form.Item>
      {bank && (
        <Form.Item name="fromBankAccountId" label="街镇付款账户（不选则用唯一的银行存款科目）">
          <Select allowClear options={leaves(streetChart.data, ['102'])} />
        </Form.Item>
      )}
      {bank && (
        <Form.Item name="toBankAccountId" label={kind === 'pool' ? '小二级收款科目（库存现金或银行存款）' : '小二级收款账户（不选则用唯一的银行存款科目）'}>
          <Select allowClear options={leaves(lowerChart, kind === 'pool' ? ['101', '102'] : ['102'])} />
        </Form.Item>
      )}
      {kind === 'subsidy' && plans.length > 0 && (
        <Form.Item name="fundingPlanId" label="对应经费保障计划">
          <Select allowClear options={plans.map((p) => ({ value: p.planId!, label: `${year} 年计划 ${formatFen(p.amount)} 元` }))} />
        </Form.Item>
      )}
    </>
  )
}
