import { DownOutlined, FileAddOutlined } from '@ant-design/icons'
import { App, Button, Checkbox, Dropdown, Form, Input } from 'antd'
import { contract, type MethodResult } from '../../../../../electron/shared/contract'
import { VOUCHER_WORDS } from '../../../../../electron/shared/ledger-terms'
import { call } from '../../../api/client'
import { FormModal } from '../../../components/FormModal'
import { rulesFor } from '../../../forms'
import { toLineInput, type DraftLine } from './draft'

export type Template = MethodResult<'templates.list'>[number]
type Word = (typeof VOUCHER_WORDS)[number]

/** 从常用凭证填入: a menu of the 账套's templates; picking one replaces the lines being entered. */
export function TemplateMenu({ templates, onPick }: { templates: Template[]; onPick: (template: Template) => void }) {
  return (
    <Dropdown
      trigger={['click']}
      disabled={!templates.length}
      menu={{
        items: templates.map((t) => ({ key: String(t.id), label: t.name })),
        onClick: ({ key }) => onPick(templates.find((t) => String(t.id) === key)!),
      }}
    >
      <Button icon={<FileAddOutlined />}>
        从常用凭证填入 <DownOutlined />
      </Button>
    </Dropdown>
  )
}

interface SaveProps {
  open: boolean
  onClose: () => void
  ledgerId: number
  word: string
  lines: DraftLine[]
  onSaved: () => void
}

/** 保存为常用凭证: the lines with their accounts and 辅助核算; amounts only when asked to. */
export function SaveTemplateModal({ open, onClose, ledgerId, word, lines, onSaved }: SaveProps) {
  const { message } = App.useApp()
  return (
    <FormModal<{ name: string; withAmounts: boolean }>
      title="保存为常用凭证"
      open={open}
      onClose={onClose}
      initialValues={{ withAmounts: false }}
      intro="以后可通过“从常用凭证填入”一键带出这些分录的摘要、科目和辅助核算。"
      onSubmit={async ({ name, withAmounts }) => {
        const saved = lines.map(toLineInput).map((l) => (withAmounts ? l : { ...l, debit: 0, credit: 0 }))
        await call('templates.save', { ledgerId, name, word: word as Word, lines: saved })
        message.success(`已保存常用凭证“${name}”`)
        onSaved()
      }}
    >
      <Form.Item name="name" label="名称" rules={rulesFor(contract['templates.save'].input.shape.name)}>
        <Input autoComplete="off" placeholder="例如：支付送温暖慰问品" />
      </Form.Item>
      <Form.Item name="withAmounts" valuePropName="checked">
        <Checkbox>同时保存金额</Checkbox>
      </Form.Item>
    </FormModal>
  )
}
