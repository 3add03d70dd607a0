import type { ReactNode } from 'react'
import { Button, Popconfirm, Space, type PopconfirmProps } from 'antd'

/** A table's 操作 column (the row's links), by the name the tests and screen readers know it by. */
export function actionsColumn<T>(render: (row: T) => ReactNode, width = 120) {
  return { title: '操作', key: 'actions', width, render: (_: unknown, row: T) => render(row) }
}

/** A row's 删除 link, which asks first (the question names what goes). */
export function DeleteLink(confirm: PopconfirmProps) {
  return (
    <Popconfirm {...confirm}>
      <Button type="link" size="small" danger>
        删除
      </Button>
    </Popconfirm>
  )
}

/** A row's 编辑 (or 修改) and 删除 links. */
export function EditDeleteLinks({ editText = '编辑', onEdit, ...confirm }: PopconfirmProps & { editText?: string; onEdit: () => void }) {
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit}>
        {editText}
      </Button>
      <DeleteLink {...confirm} />
    </Space>
  )
}
