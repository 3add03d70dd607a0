import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { Alert, Form, Modal } from 'antd'
import { useSubmit } from '../forms'

interface Props<V> {
  title: string
  open: boolean
  onClose: () => void
  /** Runs the call; the modal closes when it resolves (unless with false) and shows the server's message when it throws. */
  onSubmit: (values: V) => Promise<void | false>
  initialValues?: Partial<V>
  okText?: string
  danger?: boolean
  /** A short explanation shown above the fields. */
  intro?: ReactNode
  children: ReactNode
  /** Wider for long forms laid out in columns. */
  width?: number
}

/** A modal with one form: client-side rules, server field errors on the items, other errors above them. */
export function FormModal<V extends object>({ title, open, onClose, onSubmit, initialValues, okText = '保存', danger, intro, children, width }: Props<V>) {
  const [form] = Form.useForm<V>()
  // Several modals stay mounted at once; a unique form name keeps their field ids (and labels) apart.
  const name = useId()
  const { submit, submitting, error, clearError } = useSubmit(form, async (values) => {
    if ((await onSubmit(values)) !== false) onClose()
  })

  // Each opening starts from the current initial values, without the previous attempt's errors.
  // A layout effect resets before the dialog is painted, so nothing typed right away is wiped.
  useLayoutEffect(() => {
    if (!open) return
    form.resetFields()
    clearError()
  }, [open, form, clearError])

  // Each opening gets a fresh dialog: when a save closes the modal in the same update that ends its
  // loading state, antd's 保存 button could stay (and block clicks) in loading on the next opening.
  const openings = useRef(0)
  const wasOpen = useRef(false)
  if (open && !wasOpen.current) openings.current += 1
  wasOpen.current = open

  return (
    <Modal
      key={openings.current}
      title={title}
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText={okText}
      okButtonProps={{ danger }}
      confirmLoading={submitting}
      forceRender
      width={width}
    >
      {intro && <div style={{ marginBottom: 16 }}>{intro}</div>}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name={name} layout="vertical" initialValues={initialValues} onFinish={submit} style={{ marginTop: 16 }}>
        {children}
        <button type="submit" hidden />
      </Form>
    </Modal>
  )
}
