import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { Alert, App, Form, Modal } from 'antd'
import { useSubmit } from '../forms'
import { ErrorSummary, formKeys } from './FormErrors'

interface Props<V> {
  title: string
  open: boolean
  onClose: () => void
  /** Runs the call; the modal closes when it resolves (unless with false) and shows the server's message when it throws. */
  onSubmit: (values: V) => Promise<void | false>
  initialValues?: Partial<V>
  okText?: string
  cancelText?: string
  danger?: boolean
  /** A short explanation shown above the fields. */
  intro?: ReactNode
  children: ReactNode
  /** Wider for long forms laid out in columns. */
  width?: number
  /**
   * False while data the fields depend on is still loading (the chart that decides whether 支出类型 is asked):
   * 保存 waits, so a quick click cannot send a form drawn without those fields.
   */
  ready?: boolean
}

/** A modal with one form: client-side rules, server field errors on the items, other errors above them. */
export function FormModal<V extends object>({
  title,
  open,
  onClose,
  onSubmit,
  initialValues,
  okText = '保存',
  cancelText,
  danger,
  intro,
  children,
  width,
  ready = true,
}: Props<V>) {
  const [form] = Form.useForm<V>()
  // Several modals stay mounted at once; a unique form name keeps their field ids (and labels) apart.
  const name = useId()
  const { modal } = App.useApp()
  // The error summary is drawn from the form's state: re-render when a field's value or errors change.
  const [, setFieldsChanged] = useState(0)
  const {
    submit: send,
    submitting,
    error,
    clearError,
  } = useSubmit(form, async (values) => {
    if ((await onSubmit(values)) !== false) onClose()
  })
  const submit = async () => {
    if (ready) await send()
  }

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
      // Esc on a form with changes asks first; the 取消 button means it and closes at once.
      onCancel={(e) => {
        // A closed dialog stays mounted (forceRender) and may still hold the focus it had: its Esc is not for it.
        if (!open) return
        if (e.type !== 'keydown' || !form.isFieldsTouched()) return onClose()
        modal.confirm({ title: `放弃${title}？`, content: '填写的内容还没有保存。', okText: '放弃', cancelText: '继续填写', onOk: onClose })
      }}
      onOk={submit}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={{ danger, disabled: !ready }}
      confirmLoading={submitting}
      forceRender
      width={width}
    >
      {intro && <div style={{ marginBottom: 16 }}>{intro}</div>}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <ErrorSummary form={form} formName={name} />
      <Form
        form={form}
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        scrollToFirstError={{ behavior: 'smooth', block: 'center', focus: true }}
        onKeyDownCapture={formKeys(submit)}
        onFieldsChange={() => setFieldsChanged((n) => n + 1)}
        style={{ marginTop: 16 }}
      >
        {children}
        <button type="submit" hidden />
      </Form>
    </Modal>
  )
}
