import { useEffect, useRef, useState } from 'react'
import { Alert, Button, Modal, Skeleton, Space, Tag, Tooltip, Typography } from 'antd'
import { PrinterOutlined, QuestionCircleOutlined } from '@ant-design/icons'
import { VOUCHER_ORIGIN_LABELS, VOUCHER_STATUS_LABELS } from '../../../../../electron/shared/ledger-terms'
import { ShortcutHelp, typingIn } from '../../../components/ShortcutHelp'
import { useCall } from '../../../hooks/useCall'
import { VoucherLayoutSelect, useVoucherLayout } from '../../../print/voucher/LayoutSelect'
import { printVouchers } from '../../../print/voucher/printVouchers'
import { useCurrentLedger } from '../LedgerContext'
import { STATUS_COLORS } from './statusColors'
import { VIEW_SHORTCUTS, useVoucherSteps, type StepKey } from './useVoucherSteps'
import { VoucherPaper } from './VoucherPaper'

interface Props {
  /** The vouchers of the list's current filter, in list order: 上一张/下一张 move within them (else this one alone). */
  ids?: number[]
  /** Where to start. */
  voucherId: number
  onClose: () => void
  /** The list reloads after a voucher changed. */
  onChanged?: () => void
  fullNames?: Map<number, string>
}

const NAV = [
  { key: 'first', label: '首张', keys: 'Home' },
  { key: 'prev', label: '上一张', keys: 'PageUp' },
  { key: 'next', label: '下一张', keys: 'PageDown' },
  { key: 'last', label: '末张', keys: 'End' },
] as const

/**
 * 查看: one voucher in the 记账凭证 layout with everything a reviewer, cashier or accountant does to it
 * (审核, 出纳签字, 记账, 冲销, 复制, 打印) and 首张/上一张/下一张/末张 within the list's filter, by
 * keyboard too, so a month is worked through without going back to the list.
 */
export function VoucherViewModal({ voucherId, ids = [voucherId], onClose, onChanged, fullNames }: Props) {
  const ledger = useCurrentLedger()
  const [index, setIndex] = useState(() => Math.max(0, ids.indexOf(voucherId)))
  const id = ids[index] ?? voucherId
  const { data: v, error, reload } = useCall('vouchers.get', { id })
  const [helpOpen, setHelpOpen] = useState(false)
  const [layout, setLayout] = useVoucherLayout()
  const loaded = v?.id === id ? v : undefined
  const steps = useVoucherSteps(loaded, () => {
    reload()
    onChanged?.()
  })

  const go = (to: (typeof NAV)[number]['key']) => setIndex((i) => ({ first: 0, prev: Math.max(0, i - 1), next: Math.min(ids.length - 1, i + 1), last: ids.length - 1 })[to])
  const print = () => loaded && void printVouchers([loaded], { orgName: ledger.orgName, fullNames, layout, fileName: `记账凭证-${ledger.code}-${loaded.label}-${loaded.date}` })

  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose
  const keys = useRef({ go, print, steps })
  keys.current = { go, print, steps }
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (steps.asking || helpOpen) return
      const k = keys.current
      // Esc closes the view even when the focus left it (after a message, or a click on the page).
      if (e.key === 'Escape') return onCloseRef.current()
      const nav = NAV.find((n) => n.keys === e.key)
      if (nav && !typingIn(e)) {
        e.preventDefault()
        return k.go(nav.key)
      }
      const step = k.steps.available.find((s) => s.key === e.key + (e.shiftKey ? '+shift' : ''))
      if (step || e.key === 'F1' || (e.key === '?' && !typingIn(e)) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p')) e.preventDefault()
      if (step) void k.steps.run(step.step)
      else if (e.key === 'F1' || (e.key === '?' && !typingIn(e))) setHelpOpen(true)
      else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p') k.print()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [steps.asking, helpOpen])

  return (
    <Modal
      open
      width={940}
      style={{ top: 24 }}
      keyboard={!steps.asking}
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', paddingRight: 32 }}>
          {loaded ? (
            <Space size={4} wrap>
              凭证 {loaded.label}
              <Tag color={STATUS_COLORS[loaded.status]}>{VOUCHER_STATUS_LABELS[loaded.status]}</Tag>
              {loaded.origin !== 'manual' && <Tag>{VOUCHER_ORIGIN_LABELS[loaded.origin]}</Tag>}
              {loaded.cashierBy && <Tag color="blue">出纳已签字</Tag>}
              {loaded.needsCashier && ledger.cashierSignRequired && !loaded.cashierBy && <Tag color="warning">待出纳签字</Tag>}
              {loaded.reversedBy && <Tag color="error">已冲销</Tag>}
            </Space>
          ) : (
            '查看凭证'
          )}
          <Space size={4}>
            <Typography.Text type="secondary" aria-label="位置">
              第 {index + 1} / {ids.length} 张
            </Typography.Text>
            {NAV.map((n) => (
              <Tooltip key={n.key} title={n.keys}>
                <Button size="small" disabled={n.key === 'first' || n.key === 'prev' ? index === 0 : index === ids.length - 1} onClick={() => go(n.key)}>
                  {n.label}
                </Button>
              </Tooltip>
            ))}
          </Space>
        </div>
      }
      onCancel={onClose}
      footer={
        <div style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8 }}>
          <Space wrap size={6}>
            {steps.available.map((s) => (
              <Tooltip key={s.step} title={s.key ? (s.key.endsWith('+shift') ? `Shift+${s.key.slice(0, -6)}` : s.key) : undefined}>
                <Button type={s.primary ? 'primary' : 'default'} danger={s.danger} loading={steps.busy === s.step} onClick={() => void steps.run(s.step as StepKey)}>
                  {s.label}
                </Button>
              </Tooltip>
            ))}
          </Space>
          <Space wrap size={6}>
            <VoucherLayoutSelect value={layout} onChange={setLayout} />
            <Tooltip title="Ctrl+P">
              <Button icon={<PrinterOutlined />} disabled={!loaded} onClick={print}>
                打印
              </Button>
            </Tooltip>
            <Button icon={<QuestionCircleOutlined />} aria-label="快捷键" onClick={() => setHelpOpen(true)} />
            <Button onClick={onClose}>关闭</Button>
          </Space>
        </div>
      }
    >
      {error ? (
        <Alert type="error" showIcon title={error.message} />
      ) : loaded ? (
        <VoucherPaper voucher={loaded} orgName={ledger.orgName} fullNames={fullNames} />
      ) : (
        <Skeleton active paragraph={{ rows: 6 }} />
      )}
      {steps.dialogs}
      <ShortcutHelp title="查看凭证" shortcuts={[...NAV.map((n) => ({ keys: n.keys, action: n.label })), ...VIEW_SHORTCUTS]} open={helpOpen} onClose={() => setHelpOpen(false)} />
    </Modal>
  )
}
