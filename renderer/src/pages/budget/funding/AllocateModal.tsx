import { App, Form } from 'antd'
import type { MethodResult } from '../../../../../electron/shared/contract'
import { call } from '../../../api/client'
import { fenOf } from '../../../components/AmountInput'
import { FormModal } from '../../../components/FormModal'
import { FormAmount, positiveAmount } from '../FormAmount'

interface Props {
  open: boolean
  onClose: () => void
  input: { ledgerId: number; year: number }
  onAllocated: (rows: MethodResult<'funding.allocate'>['rows']) => void
}

/** 按职工数分配: the core splits a total in whole 分 by the year's survey; the table takes the amounts (saved with 保存计划). */
export function AllocateModal({ open, onClose, input, onAllocated }: Props) {
  const { message } = App.useApp()
  return (
    <FormModal<{ total: string }>
      title="按职工数分配"
      okText="分配"
      open={open}
      onClose={onClose}
      initialValues={{ total: '' }}
      intro="按各小二级本年度调查的职工人数分配总额，尾差计入份额最大的小二级，合计与总额分毫不差。分配结果填入计划表，确认后请点“保存计划”。"
      onSubmit={async ({ total }) => {
        const result = await call('funding.allocate', { ...input, total: fenOf(total)! })
        onAllocated(result.rows)
        if (result.missing.length) message.warning(`以下小二级缺少本年度调查的职工人数，未分配：${result.missing.join('、')}`)
      }}
    >
      <Form.Item name="total" label="分配总额（元）" rules={[positiveAmount(fenOf)]}>
        <FormAmount aria-label="分配总额（元）" />
      </Form.Item>
    </FormModal>
  )
}
