import type { KeyboardEvent } from 'react'
import { Alert, type FormInstance } from 'antd'

/**
 * The errors of a form in one list above it (each at its field as well): a click on a line scrolls
 * to that field and puts the cursor in it. Shown only while there are errors.
 */
export function ErrorSummary({ form, formName }: { form: FormInstance; formName: string }) {
  const errors = form.getFieldsError().filter((f) => f.errors.length)
  if (!errors.length) return null
  const go = (name: (string | number)[]) => {
    form.scrollToField(name, { behavior: 'smooth', block: 'center' })
    form.focusField(name)
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      aria-label="表单错误"
      style={{ marginBottom: 12 }}
      title={`有 ${errors.length} 处需要改正`}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }} data-form={formName}>
          {errors.map((f) => (
            <li key={f.name.join('.')}>
              <a onClick={() => go(f.name)}>{labelOf(formName, f.name)}：{f.errors[0]}</a>
            </li>
          ))}
        </ul>
      }
    />
  )
}

/** The label text of a field (antd ties <label for> to `${formName}_${path}`), else its name. */
function labelOf(formName: string, name: (string | number)[]): string {
  const id = `${formName}_${name.join('_')}`
  return document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent?.replace(/[：:]\s*$/, '') || name.join('.')
}

/**
 * Keys of a form dialog: F6 and Ctrl+S save; Enter in a date or select field does what the field
 * does (pick the date or option) and never submits the dialog.
 */
export function formKeys(submit: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'F6' || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's')) {
      e.preventDefault()
      submit()
      return
    }
    const target = e.target as HTMLElement
    if (e.key === 'Enter' && target.closest('.ant-picker, .ant-select')) e.preventDefault()
  }
}
