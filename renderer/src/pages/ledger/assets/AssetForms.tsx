import { useContext, useEffect } from 'react'
import { Col, Form, Input, InputNumber, Row, Select } from 'antd'
import {
  ASSET_CATEGORIES,
  ASSET_CATEGORY_LABELS,
  ASSET_ITEMS,
  ASSET_OWNERSHIP_LABELS,
  ASSET_OWNERSHIPS,
  CAPITAL_ACCOUNT,
  DISPOSAL_KIND_LABELS,
  DISPOSAL_KINDS,
  type AssetCategory,
} from '../../../../../electron/shared/asset-terms'
import type { MethodResult } from '../../../../../electron/shared/contract'
import { REVALUATION_REASON_LABELS, REVALUATION_REASONS, type AssetRow } from '../../../../../electron/shared/contract/assets'
import { formatFen } from '../../../../../electron/shared/money'
import { FUND_NATURE_LABELS, FUND_NATURES } from '../../../../../electron/shared/ledger-terms'
import { call } from '../../../api/client'
import { FormModal } from '../../../components/FormModal'
import { LedgerContext } from '../LedgerContext'
import { fenOfText, moneyRules } from '../moneyField'

const date = [{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '请填写日期，如 2026-03-15' }]
const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }))

interface CardValues {
  code: string
  name: string
  category: AssetCategory
  item: string
  ownership: 'union' | 'state'
  quantity: number
  cost: string
  acquiredOn: string
  lifeMonths?: number
  priorDepreciation?: string
  department?: string
  keeper?: string
  location?: string
  fundNature: 'general' | 'special'
  project?: string
  payAccountCode?: string
  expenseAccountCode?: string
}

/**
 * 购入 writes the card and one draft voucher (支出 / 102 and 162 / 30104); 登记 is for an asset already
 * on the books (its opening balances hold it), with its 已提折旧, and books nothing.
 */
/** A paid 报账单's asset line the card is made from (生成资产卡片): the form opens with what the line says. */
export interface ClaimSource {
  claimId: number
  lineNo: number
  label: string
  proposal: MethodResult<'assets.claimLines'>['lines'][number]['proposal']
}

const INTROS = {
  acquire: '生成一张草稿凭证：借 资本性支出（按类别的 507 明细）/ 贷 银行存款，同时 借 162 固定资产 / 贷 30104 资产基金—固定资产。',
  register: '登记账套启用前已有的资产，不生成凭证（期初余额中已含 162/163/30104），可在“账实核对”中查看是否一致。',
  claim: '支出已由报账单的付款凭证记账（借 507 / 贷 银行存款），这里只生成一张草稿凭证：借 162 固定资产 / 贷 30104 资产基金—固定资产。原值须等于报账金额。',
}

export function CardModal({
  mode,
  open,
  onClose,
  onSaved,
  claim,
}: {
  mode: 'acquire' | 'register' | 'claim'
  open: boolean
  onClose: () => void
  onSaved: (message: string) => void
  claim?: ClaimSource
}) {
  // From a 报账单 the card goes to the claim's 账套, so the dialog also opens outside the ledger pages.
  const ledgerId = useContext(LedgerContext)?.current?.id ?? 0
  const defaults: Partial<CardValues> = { category: 'general', item: '计算机设备', ownership: 'union', quantity: 1, fundNature: 'general', payAccountCode: '102' }
  const proposal = claim?.proposal
  const fromClaim: Partial<CardValues> = proposal
    ? { ...proposal, lifeMonths: undefined, priorDepreciation: undefined, cost: proposal.cost === undefined ? undefined : formatFen(proposal.cost) }
    : {}
  return (
    <FormModal<CardValues>
      title={mode === 'acquire' ? '购入固定资产' : mode === 'claim' ? `生成资产卡片：${claim?.label ?? ''}` : '登记已有资产卡片'}
      open={open}
      onClose={onClose}
      width={760}
      initialValues={{ ...defaults, ...fromClaim }}
      intro={INTROS[mode]}
      onSubmit={async (v) => {
        const card = {
          code: v.code,
          name: v.name,
          category: v.category,
          item: v.item,
          ownership: v.ownership,
          quantity: v.quantity,
          cost: fenOfText(v.cost),
          acquiredOn: v.acquiredOn,
          lifeMonths: v.lifeMonths ?? null,
          priorDepreciation: fenOfText(v.priorDepreciation),
          department: v.department ?? '',
          keeper: v.keeper ?? '',
          location: v.location ?? '',
          fundNature: v.fundNature,
          project: v.project ?? '',
        }
        if (mode === 'claim' && claim) {
          const r = await call('assets.fromClaim', { claimId: claim.claimId, lineNo: claim.lineNo, card })
          onSaved(`已生成资产卡片 ${v.code}，凭证 ${r.voucher}（草稿：借 162 / 贷 30104，请审核记账）`)
        } else if (mode === 'acquire') {
          const r = await call('assets.acquire', { ledgerId, card, payAccountCode: v.payAccountCode || '102', expenseAccountCode: v.expenseAccountCode || undefined })
          onSaved(`已登记 ${v.code}，生成凭证 ${r.voucher}（草稿，请审核记账）`)
        } else {
          await call('assets.save', { ledgerId, card })
          onSaved(`已登记资产卡片 ${v.code}`)
        }
      }}
    >
      <CardFields mode={mode} />
    </FormModal>
  )
}

function CardFields({ mode }: { mode: 'acquire' | 'register' | 'claim' }) {
  const form = Form.useFormInstance<CardValues>()
  const category = Form.useWatch<AssetCategory>('category', form) ?? 'general'
  const item = Form.useWatch<string>('item', form)
  const minimum = ASSET_ITEMS[category]?.[item]
  // A new class offers its own 附录2 items; keep the item only if it belongs to it.
  useEffect(() => {
    if (item !== undefined && !(item in ASSET_ITEMS[category])) form.setFieldValue('item', Object.keys(ASSET_ITEMS[category])[0])
  }, [category, item, form])
  return (
    <Row gutter={12}>
      <Col span={8}>
        <Form.Item name="code" label="资产编号" rules={[{ required: true, message: '请填写资产编号' }]}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="name" label="资产名称" rules={[{ required: true, message: '请填写资产名称' }]}>
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="category" label="资产类别">
          <Select options={options(ASSET_CATEGORIES, ASSET_CATEGORY_LABELS)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="item" label="资产分类" rules={[{ required: true, message: '请选择资产分类' }]}>
          <Select options={Object.keys(ASSET_ITEMS[category]).map((k) => ({ value: k, label: k }))} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="ownership" label="资产性质">
          <Select options={options(ASSET_OWNERSHIPS, ASSET_OWNERSHIP_LABELS)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="quantity" label="数量">
          <InputNumber min={1} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="cost" label="原值（元）" rules={moneyRules(true)}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="acquiredOn" label="入账日期" rules={date}>
          <Input placeholder="2026-03-15" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="lifeMonths" label="使用年限（月）" extra={minimum ? `附录2 最低 ${minimum} 个月，不填即取最低年限` : '不计提折旧'}>
          <InputNumber min={1} max={1200} style={{ width: '100%' }} placeholder={minimum ? String(minimum) : ''} />
        </Form.Item>
      </Col>
      {mode === 'register' && (
        <Col span={8}>
          <Form.Item name="priorDepreciation" label="已提折旧（元）" rules={moneyRules(false)}>
            <Input />
          </Form.Item>
        </Col>
      )}
      <Col span={8}>
        <Form.Item name="fundNature" label="资金性质">
          <Select options={options(FUND_NATURES, FUND_NATURE_LABELS)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="department" label="使用部门">
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="keeper" label="使用人">
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="location" label="存放地点">
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="project" label="项目">
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      {mode === 'acquire' && (
        <>
          <Col span={8}>
            <Form.Item name="expenseAccountCode" label="支出科目" extra={`不填为 ${CAPITAL_ACCOUNT[category]}`}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="payAccountCode" label="付款科目">
              <Input maxLength={20} />
            </Form.Item>
          </Col>
        </>
      )}
    </Row>
  )
}

export function TransferModal({ asset, onClose, onSaved }: { asset: AssetRow | null; onClose: () => void; onSaved: () => void }) {
  return (
    <FormModal<{ date: string; department: string; keeper?: string; location?: string }>
      title={`资产调拨：${asset?.code ?? ''} ${asset?.name ?? ''}`}
      open={asset !== null}
      onClose={onClose}
      initialValues={asset ? { department: asset.department, keeper: asset.keeper, location: asset.location } : {}}
      onSubmit={async (v) => {
        await call('assets.transfer', { id: asset!.id, date: v.date, department: v.department, keeper: v.keeper ?? '', location: v.location ?? '' })
        onSaved()
      }}
    >
      <Form.Item name="date" label="调拨日期" rules={date}>
        <Input placeholder="2026-03-15" />
      </Form.Item>
      <Form.Item name="department" label="使用部门" rules={[{ required: true, message: '请填写使用部门' }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="keeper" label="使用人">
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="location" label="存放地点">
        <Input maxLength={60} />
      </Form.Item>
    </FormModal>
  )
}

export function DisposeModal({ asset, onClose, onSaved }: { asset: AssetRow | null; onClose: () => void; onSaved: (voucher: string) => void }) {
  return (
    <FormModal<{ date: string; kind: (typeof DISPOSAL_KINDS)[number]; proceeds?: string; note?: string }>
      title={`资产处置：${asset?.code ?? ''} ${asset?.name ?? ''}`}
      open={asset !== null}
      onClose={onClose}
      okText="生成处置凭证"
      initialValues={{ kind: 'scrap' }}
      intro="通过 182 待处理财产损溢：转出原值和累计折旧，冲回 30104 资产基金，处置收入转入 408 其他收入。处置当月不再计提折旧。"
      onSubmit={async (v) => {
        const r = await call('assets.dispose', { id: asset!.id, date: v.date, kind: v.kind, proceeds: fenOfText(v.proceeds), note: v.note ?? '' })
        onSaved(r.voucher)
      }}
    >
      <Form.Item name="date" label="处置日期" rules={date}>
        <Input placeholder="2026-03-15" />
      </Form.Item>
      <Form.Item name="kind" label="处置方式">
        <Select options={options(DISPOSAL_KINDS, DISPOSAL_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="proceeds" label="处置收入（元）" rules={moneyRules(false)}>
        <Input />
      </Form.Item>
      <Form.Item name="note" label="说明（批准文件等）">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  )
}

/** 重估: only on the grounds the rules allow, naming the report or approval; the mirror moves with 原值. */
export function RevalueModal({ asset, onClose, onSaved }: { asset: AssetRow | null; onClose: () => void; onSaved: (voucher: string) => void }) {
  return (
    <FormModal<{ date: string; cost: string; reason: (typeof REVALUATION_REASONS)[number]; note: string }>
      title={`资产重估：${asset?.code ?? ''} ${asset?.name ?? ''}`}
      open={asset !== null}
      onClose={onClose}
      okText="生成重估凭证"
      initialValues={{ reason: 'appraisal', cost: asset ? formatFen(asset.cost) : '' }}
      intro={`现原值 ${asset ? formatFen(asset.cost) : ''} 元，累计折旧 ${asset ? formatFen(asset.accumulated) : ''} 元。重估增值：借 162 固定资产 / 贷 30104 资产基金；减值相反。以后各月按新原值计提折旧。`}
      onSubmit={async (v) => {
        const r = await call('assets.revalue', { id: asset!.id, date: v.date, cost: fenOfText(v.cost), reason: v.reason, note: v.note })
        onSaved(r.voucher)
      }}
    >
      <Form.Item name="date" label="重估日期" rules={date}>
        <Input placeholder="2026-03-15" />
      </Form.Item>
      <Form.Item name="cost" label="重估后原值（元）" rules={moneyRules(true)}>
        <Input />
      </Form.Item>
      <Form.Item name="reason" label="重估依据">
        <Select options={options(REVALUATION_REASONS, REVALUATION_REASON_LABELS)} />
      </Form.Item>
      <Form.Item name="note" label="评估报告或批准文件" rules={[{ required: true, whitespace: true, message: '请填写评估报告文号或批准文件' }]}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  )
}
