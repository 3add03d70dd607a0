import { Modal, Table } from 'antd'

export interface Shortcut {
  keys: string
  action: string
}

/** The 快捷键 help (F1 or ?): one table of the keys a screen answers to. */
export function ShortcutHelp({ title, shortcuts, open, onClose }: { title: string; shortcuts: Shortcut[]; open: boolean; onClose: () => void }) {
  return (
    <Modal title={`快捷键 — ${title}`} open={open} onCancel={onClose} footer={null} width={560}>
      <Table<Shortcut>
        rowKey="keys"
        size="small"
        pagination={false}
        dataSource={shortcuts}
        columns={[
          { title: '按键', dataIndex: 'keys', width: 180, render: (k: string) => <kbd>{k}</kbd> },
          { title: '作用', dataIndex: 'action' },
        ]}
      />
    </Modal>
  )
}

/** True when the key was typed into a text field (then `?` is a character, not the help key). */
export function typingIn(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null
  return Boolean(el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable))
}

/** A dialog, drawer or dropdown list is showing: Esc belongs to it, not to the page beneath. */
export function overlayOpen(): boolean {
  const shown = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].some((el) => el.getClientRects().length > 0 && !/-hidden\b/.test(el.className))
  return shown('.ant-modal-wrap, .ant-drawer-content-wrapper, .ant-select-dropdown, .ant-picker-dropdown, .ant-dropdown')
}
