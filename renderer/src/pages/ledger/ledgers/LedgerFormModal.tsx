import { App, DatePicker, Form, Input, Radio, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import { contract } from '../../../../../electron/shared/contract'
import type { LedgerRow } from '../../../../../electron/shared/contract/ledgers'
import { VOUCHER_WORDS } from '../../../../../electron/shared/ledger-terms'
import { call } from '../../../api/client'
import { FormModal } from '../../../components/FormModal'
import { rulesFor } from '../../../forms'
import { useCall } from '../../../hooks/useCall'
import { officeTodayDayjs } from '../../../office-time'

const fields = contract['ledgers.create'].input.shape
const wordOptions = VOUCHER_WORDS.map((w) => ({ value: w, label: w }))
const toPeriod = (v: unknown) => (v as Dayjs).format('YYYY-MM')

interface Values {
  code: string
  name: string
  orgName?: string
  startPeriod: Dayjs
  voucherWords: string[]
  cashierSignRequired: boolean
  unionId?: number | null
}

interface Props {
  open: boolean
  onClose: () => void
  /** The 账套 being changed; without it a new one is created. */
  ledger?: LedgerRow
  /** Called with the 账套's id after a successful save. */
  onDone: (id: number) => void
}

/** 新建账套 / 修改账套. The code and 启用期间 are fixed once the 账套 exists. */
export function LedgerFormModal({ open, onClose, ledger, onDone }: Props) {
  const { message } = App.useApp()
  const unions = useCall('unions.list')
  const unionOptions = (unions.data ?? []).map((u) => ({ value: u.id, label: `${u.code} ${u.name}` }))
  const initialValues: Partial<Values> = ledger
    ? { ...ledger, startPeriod: dayjs(`${ledger.startPeriod}-01`) }
    : { voucherWords: ['记'], startPeriod: officeTodayDayjs().startOf('year') }

  return (
    <FormModal<Values>
      title={ledger ? `修改账套：${ledger.code}` : '新建账套'}
      okText={ledger ? '保存' : '创建'}
      open={open}
      onClose={onClose}
      initialValues={initialValues}
      intro={ledger ? undefined : '新账套按《工会会计制度》（2021）预置会计科目和常用凭证；启用期间之前的余额在“期初余额”中录入。'}
      onSubmit={async ({ code, startPeriod, ...settings }) => {
        const input = { ...settings, unionId: settings.unionId ?? null, orgName: settings.orgName ?? '', voucherWords: settings.voucherWords as (typeof VOUCHER_WORDS)[number][] }
        if (ledger) {
          await call('ledgers.update', { id: ledger.id, ...input })
          message.success('账套设置已保存')
          onDone(ledger.id)
        } else {
          const { id } = await call('ledgers.create', { ...input, code, startPeriod: toPeriod(startPeriod) })
          message.success(`已新建账套“${settings.name}”`)
          onDone(id)
        }
      }}
    >
      <Form.Item name="code" label="账套编码" rules={ledger ? undefined : rulesFor(fields.code)} extra={ledger ? undefined : '字母或数字，例如 JZ01；创建后不能修改'}>
        <Input autoComplete="off" disabled={Boolean(ledger)} />
      </Form.Item>
      <Form.Item name="name" label="账套名称" rules={rulesFor(fields.name)}>
        <Input autoComplete="off" placeholder="例如：某某街道总工会" />
      </Form.Item>
      <Form.Item name="orgName" label="编制单位" extra="印在凭证和报表上；不填则与账套名称相同">
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="unionId" label="所属工会" extra="组织台账中的工会：街镇总工会本级，或按上代下核算记账的小二级；可以以后再关联">
        <Select allowClear showSearch optionFilterProp="label" options={unionOptions} loading={unions.loading} placeholder="不关联" />
      </Form.Item>
      <Form.Item name="startPeriod" label="启用期间" rules={ledger ? undefined : rulesFor(fields.startPeriod, { select: true, toInput: toPeriod })}>
        <DatePicker picker="month" format="YYYY-MM" disabled={Boolean(ledger)} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="voucherWords" label="凭证字" rules={rulesFor(fields.voucherWords, { select: true })} extra="第一个为默认凭证字">
        <Select mode="multiple" options={wordOptions} />
      </Form.Item>
      {/* Asked, never defaulted: whether the cashier signs is the office's decision, made when the books start. */}
      <Form.Item
        name="cashierSignRequired"
        label="凭证是否需要出纳签字"
        rules={[{ required: true, message: '请选择凭证是否需要出纳签字' }]}
        extra="选“需要”时，涉及库存现金、银行存款的凭证须经出纳签字才能记账"
      >
        <Radio.Group
          options={[
            { value: true, label: '需要' },
            { value: false, label: '不需要' },
          ]}
        />
      </Form.Item>
    </FormModal>
  )
}
