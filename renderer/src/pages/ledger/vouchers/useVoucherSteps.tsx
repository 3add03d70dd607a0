import { useState, type ReactNode } from 'react'
import { App } from 'antd'
import type { VoucherHeader } from '../../../../../electron/shared/contract/vouchers'
import { call } from '../../../api/client'
import type { Shortcut } from '../../../components/ShortcutHelp'
import { useLedgerPermissions } from '../access'
import { useCurrentLedger } from '../LedgerContext'
import { DateModal } from './DateModal'

export type StepKey = 'review' | 'unreview' | 'cashierSign' | 'cashierUnsign' | 'post' | 'reverse' | 'copy'

interface Step {
  step: StepKey
  label: string
  /** The key that runs it in the voucher view ('' for none); '+shift' with Shift held. */
  key: string
  primary?: boolean
  danger?: boolean
}

const STEPS: Record<StepKey, Step> = {
  review: { step: 'review', label: '审核', key: 'F8', primary: true },
  unreview: { step: 'unreview', label: '取消审核', key: 'F8+shift' },
  cashierSign: { step: 'cashierSign', label: '出纳签字', key: 'F7', primary: true },
  cashierUnsign: { step: 'cashierUnsign', label: '取消签字', key: 'F7+shift' },
  post: { step: 'post', label: '记账', key: 'F9', primary: true },
  copy: { step: 'copy', label: '复制', key: '' },
  reverse: { step: 'reverse', label: '冲销', key: '', danger: true },
}

export const VIEW_SHORTCUTS: Shortcut[] = [
  { keys: 'F8', action: '审核' },
  { keys: 'Shift+F8', action: '取消审核' },
  { keys: 'F7', action: '出纳签字' },
  { keys: 'Shift+F7', action: '取消出纳签字' },
  { keys: 'F9', action: '记账' },
  { keys: 'Ctrl+P', action: '打印（金额线格式，版式在“打印”旁选择）' },
  { keys: 'Esc', action: '关闭' },
  { keys: 'F1 或 ?', action: '显示本帮助' },
]

const METHODS = {
  review: 'vouchers.review',
  unreview: 'vouchers.unreview',
  cashierSign: 'vouchers.cashierSign',
  cashierUnsign: 'vouchers.cashierUnsign',
  post: 'vouchers.post',
} as const

/**
 * What the signed-in user may do to this voucher now (by role and state, as the core checks again),
 * running a step, and the date dialogs of 复制 and 冲销.
 */
export function useVoucherSteps(v: (VoucherHeader & { needsCashier?: boolean }) | undefined, onChanged: () => void) {
  const ledger = useCurrentLedger()
  const p = useLedgerPermissions()
  const { message } = App.useApp()
  const [busy, setBusy] = useState<StepKey | null>(null)
  const [asking, setAsking] = useState<'copy' | 'reverse' | null>(null)

  const open = v && v.status !== 'posted'
  const system = v && (v.origin === 'closing' || v.origin === 'year_end')
  const allowed: Record<StepKey, boolean> = {
    review: Boolean(p.reviewer && v?.status === 'draft'),
    unreview: Boolean(p.reviewer && v?.status === 'reviewed'),
    cashierSign: Boolean(p.cashier && open && v.needsCashier && !v.cashierBy),
    cashierUnsign: Boolean(p.cashier && open && v.cashierBy),
    post: Boolean(p.poster && v?.status === 'reviewed' && (!ledger.cashierSignRequired || !v.needsCashier || v.cashierBy)),
    copy: Boolean(p.keeper && v && !system),
    reverse: Boolean(p.keeper && v?.status === 'posted' && (v.origin === 'manual' || v.origin === 'import') && !v.reversedBy),
  }
  const available = (Object.keys(STEPS) as StepKey[]).filter((k) => allowed[k]).map((k) => STEPS[k])

  const run = async (step: StepKey) => {
    if (!v || !allowed[step] || busy) return
    if (step === 'copy' || step === 'reverse') return setAsking(step)
    setBusy(step)
    try {
      await call(METHODS[step], { ids: [v.id] })
      message.success(`凭证 ${v.label} 已${STEPS[step].label}`)
      onChanged()
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  const dialogs: ReactNode = v && (
    <>
      <DateModal
        title={`复制凭证 ${v.label}`}
        label="新凭证日期"
        okText="复制"
        intro="按原凭证的分录生成一张新的草稿凭证，保存后可修改。"
        open={asking === 'copy'}
        onClose={() => setAsking(null)}
        onSubmit={async (date) => {
          const made = await call('vouchers.copy', { id: v.id, date })
          message.success(`已复制为凭证 ${made.label}（草稿）`)
          onChanged()
        }}
      />
      <DateModal
        title={`红字冲销凭证 ${v.label}`}
        label="冲销日期"
        okText="生成红字凭证"
        danger
        intro={`将生成一张与 ${v.label} 分录相同、金额为负数（红字）的草稿凭证，摘要注明“冲销 ${v.label}号凭证”。原凭证保持不变；红字凭证须经审核、记账后才生效。`}
        open={asking === 'reverse'}
        onClose={() => setAsking(null)}
        onSubmit={async (date) => {
          const made = await call('vouchers.reverse', { id: v.id, date })
          message.success(`已生成红字冲销凭证 ${made.label}（草稿），请审核后记账`)
          onChanged()
        }}
      />
    </>
  )

  return { available, run, busy, asking: asking !== null, dialogs }
}
