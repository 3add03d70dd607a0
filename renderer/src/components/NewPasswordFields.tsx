import { Form, Input } from 'antd'
import type { z } from 'zod'
import { rulesFor, sameAs } from '../forms'

/** The password policy the contract's newPassword() enforces, said in words. */
export const PASSWORD_HINT = '至少 8 个字符，须同时包含字母和数字'

/** A new password and its confirmation (form field `confirm`), checked by the contract's own rule. */
export function NewPasswordFields({ name, label, schema }: { name: string; label: string; schema: z.ZodType }) {
  return (
    <>
      <Form.Item name={name} label={label} rules={rulesFor(schema)} extra={PASSWORD_HINT}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirm" label={`确认${label}`} dependencies={[name]} rules={[{ required: true, message: `请再次输入${label}` }, sameAs(name)]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  )
}
