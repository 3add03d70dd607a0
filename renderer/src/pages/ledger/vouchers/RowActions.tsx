import { useState } from 'react'
import { DownOutlined } from '@ant-design/icons'
import { App, Button, Dropdown, Space } from 'antd'
import type { VoucherHeader } from '../../../../../electron/shared/contract/vouchers'
import { call } from '../../../api/client'
import { useAction } from '../../../hooks/useAction'
import { useLedgerPermissions } from '../access'
import { DateModal } from './DateModal'

interface Props {
  voucher: VoucherHeader
  onView: (id: number) => void
  onEdit: (id: number) => void
  /** Reload the list after a change. */
  onChanged: () => void
}

const reversible = (v: VoucherHeader) => v.status === 'posted' && (v.origin === 'manual' || v.origin === 'import') && !v.reversedBy

/** A row's 查看 / 修改 / 删除 / 复制 / 红字冲销, each shown only where it applies. */
export function RowActions({ voucher: v, onView, onEdit, onChanged }: Props) {
  const { keeper } = useLedgerPermissions()
  const { message, modal } = App.useApp()
  const { run } = useAction()
  const [asking, setAsking] = useState<'copy' | 'reverse' | null>(null)

  const remove = () =>
    modal.confirm({
      title: `删除凭证 ${v.label}？`,
      content: '删除后不能恢复；留下的凭证号空缺可在“期末结账”中用“断号整理”重排。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        run(async () => {
          await call('vouchers.delete', { id: v.id })
          onChanged()
          return `已删除凭证 ${v.label}`
        }),
    })

  // Less frequent actions sit in 更多, so the row stays narrow enough for the 摘要.
  const more = [
    keeper && v.origin !== 'closing' && v.origin !== 'year_end' && { key: 'copy', label: '复制' },
    keeper && reversible(v) && { key: 'reverse', label: '红字冲销', danger: true },
    keeper && v.status === 'draft' && { key: 'delete', label: '删除', danger: true },
  ].filter((item) => item !== false)

  return (
    <>
      <Space size={0}>
        <Button type="link" size="small" onClick={() => onView(v.id)}>查看</Button>
        {keeper && v.status === 'draft' && <Button type="link" size="small" onClick={() => onEdit(v.id)}>修改</Button>}
        {more.length > 0 && (
          <Dropdown
            trigger={['click']}
            menu={{ items: more, onClick: ({ key }) => (key === 'delete' ? remove() : setAsking(key as 'copy' | 'reverse')) }}
          >
            <Button type="link" size="small" aria-label={`${v.label} 更多操作`}>
              更多 <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Space>
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
}
