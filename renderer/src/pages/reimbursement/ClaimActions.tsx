import { useState } from 'react'
import { Button, Checkbox, Form, Input, Popconfirm, Select } from 'antd'
import { assetClassOfAccount } from '../../../../electron/shared/asset-terms'
import type { ClaimView } from '../../../../electron/shared/contract/claims'
import { formatFen } from '../../../../electron/shared/money'
import { LEDGER_KEEPERS, holdsLedgerRole } from '../../../../electron/shared/roles'
import { call } from '../../api/client'
import { FormModal } from '../../components/FormModal'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { officeToday } from '../../office-time'
import { useSession } from '../../session'
import { ClaimAssetDialog } from '../ledger/assets/ClaimAssetDialog'

interface Props {
  claim: ClaimView
  onDone: () => void
  onDeleted: () => void
}

type Dialog = 'approve' | 'pay' | 'return' | 'reverse' | 'asset' | null

/** The caller's next step on a claim; the core checks role, status and controls again on each. */
export function ClaimActions({ claim, onDone, onDeleted }: Props) {
  const { run, busy } = useAction()
  const [dialog, setDialog] = useState<Dialog>(null)
  const has = (a: ClaimView['actions'][number]) => claim.actions.includes(a)
  // 生成资产卡片 books the 162/30104 mirror: the 账套's keepers only, as the core checks (assets.fromClaim).
  const cardMaker = holdsLedgerRole(useSession().user.assignments, claim.ledgerId, LEDGER_KEEPERS)
  const step = (method: 'claims.submit' | 'claims.withdraw' | 'claims.check', done: string) =>
    run(async () => {
      await call(method, { id: claim.id })
      onDone()
      return done
    })
  const close = () => setDialog(null)
  const needsDecision = claim.total > claim.collectiveThreshold
  return (
    <>
      {has('submit') && (
        <Button type="primary" loading={busy} onClick={() => step('claims.submit', '已提交')}>
          提交
        </Button>
      )}
      {has('edit') && (
        <Popconfirm title="删除这张草稿？" onConfirm={() => run(async () => (await call('claims.delete', { id: claim.id }), onDeleted(), '已删除'))}>
          <Button danger>删除</Button>
        </Popconfirm>
      )}
      {has('withdraw') && <Button onClick={() => step('claims.withdraw', '已撤回')}>撤回</Button>}
      {has('approve') && (
        <Button type="primary" onClick={() => setDialog('approve')}>
          审批
        </Button>
      )}
      {has('check') && (
        <Button type="primary" loading={busy} onClick={() => step('claims.check', '已审核')}>
          审核通过
        </Button>
      )}
      {has('pay') && (
        <Button type="primary" onClick={() => setDialog('pay')}>
          付款
        </Button>
      )}
      {has('return') && (
        <Button danger onClick={() => setDialog('return')}>
          退回
        </Button>
      )}
      {claim.status === 'paid' && cardMaker && claim.lines.some((l) => assetClassOfAccount(l.accountCode)) && <Button onClick={() => setDialog('asset')}>生成资产卡片</Button>}
      {has('reverse') && (
        <Button danger onClick={() => setDialog('reverse')}>
          冲销报账单
        </Button>
      )}
      <FormModal<{ reason: string }>
        title={`冲销报账单 ${claim.number}（¥${formatFen(claim.total)}）`}
        open={dialog === 'reverse'}
        onClose={close}
        okText="冲销"
        danger
        intro={`系统生成并记账红字凭证冲销付款凭证 ${claim.voucherLabel ?? ''}${claim.payFrom === 'pooled' ? '（报账制：街镇总工会账套的付款凭证一并冲销）' : ''}，预算占用随之退回，报账单标记为“已冲销”。`}
        onSubmit={async (v) => {
          await call('claims.reverse', { id: claim.id, reason: v.reason })
          onDone()
        }}
      >
        <Form.Item name="reason" label="冲销原因" rules={[{ required: true, whitespace: true, message: '请说明冲销原因' }]}>
          <Input.TextArea maxLength={300} />
        </Form.Item>
      </FormModal>
      <FormModal<{ collectiveDecision: boolean; collectiveNote?: string; comment?: string }>
        title={`审批报账单 ${claim.number}`}
        open={dialog === 'approve'}
        onClose={close}
        okText="同意"
        initialValues={{ collectiveDecision: needsDecision }}
        intro={needsDecision ? `报账金额 ¥${formatFen(claim.total)} 超过 ¥${formatFen(claim.collectiveThreshold)}，须经集体决策。` : undefined}
        onSubmit={async (v) => {
          await call('claims.approve', { id: claim.id, ...v })
          onDone()
        }}
      >
        {/* Ticked only when the amount needs it; then it and its note are required, as the core checks. */}
        <Form.Item
          name="collectiveDecision"
          valuePropName="checked"
          rules={needsDecision ? [{ validator: async (_r, v?: boolean) => (v ? undefined : Promise.reject(new Error('报账金额超过集体决策金额，须经集体决策'))) }] : undefined}
        >
          <Checkbox>已经集体决策</Checkbox>
        </Form.Item>
        <Form.Item
          name="collectiveNote"
          label="集体决策说明（会议、日期、决定）"
          rules={needsDecision ? [{ required: true, whitespace: true, message: '请写明集体决策的会议、日期和决定' }] : undefined}
        >
          <Input.TextArea maxLength={300} />
        </Form.Item>
        <Form.Item name="comment" label="审批意见">
          <Input maxLength={300} />
        </Form.Item>
      </FormModal>
      <FormModal<{ comment: string }>
        title={`退回报账单 ${claim.number}`}
        open={dialog === 'return'}
        onClose={close}
        okText="退回"
        danger
        onSubmit={async (v) => {
          await call('claims.return', { id: claim.id, comment: v.comment })
          onDone()
        }}
      >
        <Form.Item name="comment" label="退回原因" rules={[{ required: true, message: '请说明退回原因' }]}>
          <Input.TextArea maxLength={300} />
        </Form.Item>
      </FormModal>
      {dialog === 'pay' && <PayDialog claim={claim} onClose={close} onDone={onDone} />}
      {dialog === 'asset' && <ClaimAssetDialog claimId={claim.id} onClose={close} />}
    </>
  )
}

/** 付款: the day and the account the money leaves (bank for 本单位账户, 135 for 街镇代管资金). */
function PayDialog({ claim, onClose, onDone }: { claim: ClaimView; onClose: () => void; onDone: () => void }) {
  const options = useCall('claims.options', { ledgerId: claim.ledgerId, year: Number(claim.number.slice(2, 6)) })
  // The form opens once the accounts are known, so the first one can be its default.
  if (!options.data) return null
  const accounts = options.data.payAccounts[claim.payFrom]
  // 报账制 from a 小二级 账套: the money leaves the 街镇's bank, booked there in the same step (借 215 / 贷 102).
  const streetBanks = claim.payFrom === 'pooled' ? options.data.streetBankAccounts : []
  return (
    <FormModal<{ date: string; creditAccountId: number; streetBankAccountId?: number; comment?: string }>
      title={`付款 ${claim.number}（¥${formatFen(claim.total)}）`}
      open
      onClose={onClose}
      okText="付款并记账"
      intro={`付款后系统生成记账凭证并记账：借 各支出科目，贷 付款科目。${streetBanks.length ? '街镇总工会账套同时生成并记账：借 其他应付款（本小二级），贷 街镇银行账户。' : ''}`}
      initialValues={{ date: officeToday(), creditAccountId: accounts[0]?.id, streetBankAccountId: streetBanks[0]?.id }}
      onSubmit={async (v) => {
        await call('claims.pay', { id: claim.id, ...v })
        onDone()
      }}
    >
      <Form.Item name="date" label="付款日期" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式如 2026-11-20' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="creditAccountId" label="付款科目" rules={[{ required: true, message: '请选择付款科目' }]}>
        <Select options={accounts.map((a) => ({ value: a.id, label: `${a.code} ${a.name}` }))} />
      </Form.Item>
      {streetBanks.length > 0 && (
        <Form.Item name="streetBankAccountId" label="街镇付款账户" rules={[{ required: true, message: '请选择街镇总工会的付款银行账户' }]}>
          <Select options={streetBanks.map((a) => ({ value: a.id, label: `${a.code} ${a.name}` }))} />
        </Form.Item>
      )}
      <Form.Item name="comment" label="备注">
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  )
}
