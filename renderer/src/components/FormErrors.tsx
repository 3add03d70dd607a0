import type { KeyboardEvent } from 'react'
import { Alert, type FormInstance } from 'antd'

/**
 * Which fields of a form need correcting, in one line above it; each message stays at its field (said
 * once, so a screen reader or a search finds it once). A click on a name scrolls to that field and
 * puts the cursor in it. Shown only while there are errors.
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
      title={
        <span>
          有 {errors.length} 处需要改正：
          {errors.map((f, i) => (
            <span key={f.name.join('.')}>
              {i > 0 && '、'}
              <a onClick={() => go(f.name)}>{labelOf(formName, f.name)}</a>
            </span>
          ))}
        </span>
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
