import { App, Form, Input } from 'antd'
import { contract } from '../../../../../electron/shared/contract'
import type { AccountRow } from '../../../../../electron/shared/contract/ledgers'
import { call } from '../../../api/client'
import { FormModal } from '../../../components/FormModal'
import { rulesFor } from '../../../forms'

const createFields = contract['accounts.create'].input.shape

/** The next free detail code under a parent: its code plus 01, 02, … */
export function nextChildCode(parent: AccountRow, accounts: AccountRow[]): string {
  const used = new Set(accounts.filter((a) => a.parentCode === parent.code).map((a) => Number(a.code.slice(-2))))
  let n = 1
  while (used.has(n) && n < 99) n++
  return parent.code + String(n).padStart(2, '0')
}

interface ModalProps {
  open: boolean
  onClose: () => void
  onDone: () => void
}

export function AddChildModal({ ledgerId, parent, accounts, open, onClose, onDone }: ModalProps & { ledgerId: number; parent: AccountRow; accounts: AccountRow[] }) {
  const { message } = App.useApp()
  const parentLabel = `${parent.code} ${parent.fullName}`
  return (
    <FormModal<{ code: string; name: string }>
      title="新增明细科目"
      open={open}
      onClose={onClose}
      initialValues={{ code: nextChildCode(parent, accounts), name: '' }}
      intro={`上级科目：${parentLabel}。明细科目编码为上级编码加 2 位数字；类别和余额方向与上级相同。`}
      onSubmit={async (values) => {
        await call('accounts.create', { ledgerId, parentCode: parent.code, ...values })
        message.success(`已新增明细科目 ${values.code} ${values.name}`)
        onDone()
      }}
    >
      <Form.Item name="code" label="科目编码" rules={rulesFor(createFields.code)}>
        <Input autoComplete="off" maxLength={parent.code.length + 2} />
      </Form.Item>
      <Form.Item name="name" label="科目名称" rules={rulesFor(createFields.name)}>
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  )
}

export function RenameModal({ account, open, onClose, onDone }: ModalProps & { account: AccountRow }) {
  const { message } = App.useApp()
  return (
    <FormModal<{ name: string }>
      title={`修改科目名称：${account.code}`}
      open={open}
      onClose={onClose}
      initialValues={{ name: account.name }}
      onSubmit={async ({ name }) => {
        await call('accounts.update', { id: account.id, name, enabled: account.enabled })
        message.success('科目名称已修改')
        onDone()
      }}
    >
      <Form.Item name="name" label="科目名称" rules={rulesFor(contract['accounts.update'].input.shape.name)}>
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  )
}
