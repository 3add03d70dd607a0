import { DownOutlined } from '@ant-design/icons'
import { App, Button, Dropdown, Space } from 'antd'
import type { VoucherHeader } from '../../../../../electron/shared/contract/vouchers'
import { call } from '../../../api/client'
import { useAction } from '../../../hooks/useAction'
import { useLedgerPermissions } from '../access'
import { useVoucherSteps } from './useVoucherSteps'

interface Props {
  voucher: VoucherHeader
  onView: (id: number) => void
  onEdit: (id: number) => void
  /** Reload the list after a change. */
  onChanged: () => void
}

/** A row's 查看 / 修改 / 删除 / 复制 / 红字冲销, each shown only where it applies. */
export function RowActions({ voucher: v, onView, onEdit, onChanged }: Props) {
  const { keeper } = useLedgerPermissions()
  const { modal } = App.useApp()
  const { run } = useAction()
  const steps = useVoucherSteps(v, onChanged)

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
    steps.available.some((s) => s.step === 'copy') && { key: 'copy', label: '复制' },
    steps.available.some((s) => s.step === 'reverse') && { key: 'reverse', label: '红字冲销', danger: true },
    keeper && v.status === 'draft' && { key: 'delete', label: '删除', danger: true },
  ].filter((item) => item !== false)

  return (
    <>
      <Space size={0}>
        <Button type="link" size="small" onClick={() => onView(v.id)}>
          查看
        </Button>
        {keeper && v.status === 'draft' && (
          <Button type="link" size="small" onClick={() => onEdit(v.id)}>
            修改
          </Button>
        )}
        {more.length > 0 && (
          <Dropdown trigger={['click']} menu={{ items: more, onClick: ({ key }) => (key === 'delete' ? remove() : void steps.run(key as 'copy' | 'reverse')) }}>
            <Button type="link" size="small" aria-label={`${v.label} 更多操作`}>
              更多 <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Space>
      {steps.dialogs}
    </>
  )
}
