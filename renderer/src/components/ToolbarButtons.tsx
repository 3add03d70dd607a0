import type { ReactNode } from 'react'
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons'
import { Button } from 'antd'

/** A list's 新建/新增 button, the toolbar's first and primary one. */
export function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick}>
      {children}
    </Button>
  )
}

/** 刷新: loads the list again (another user may have changed it). */
export function RefreshButton({ onClick }: { onClick: () => void }) {
  return (
    <Button icon={<ReloadOutlined />} onClick={onClick}>
      刷新
    </Button>
  )
}
