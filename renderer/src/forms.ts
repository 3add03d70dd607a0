import { useCallback, useState } from 'react'
import type { FormInstance, FormRule } from 'antd'
import type { z } from 'zod'
import { AppError } from '../../electron/shared/errors'
import { parseYuanToFen } from '../../electron/shared/money'

/** What a clerk reads when an amount is not one ("abc", "1.234"): what is wrong and how to write it. */
export const MONEY_FORMAT = '金额格式不对，例如 1,234.56'

/** A field's Chinese label; `.nullable().default(null)` wraps the titled schema, so look inside wrappers too. */
export function titleOf(schema: z.ZodType): string {
  const title = schema.meta()?.title as string | undefined
  if (title) return title
  const inner = (schema._zod.def as { innerType?: z.ZodType }).innerType
  return inner ? titleOf(inner) : ''
}

/**
 * Form rules taken from the contract's own schema, so the form checks exactly what the server
 * checks, with the same Chinese messages. `toInput` adapts a form value to the schema's shape; when it
 * cannot (null for something typed), `badInput` says why, so "abc" never reads as 必填.
 */
export function rulesFor(schema: z.ZodType, { select = false, optional = false, toInput = (v: unknown) => v, badInput = '格式不对' } = {}): FormRule[] {
  const empty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)
  return [
    // An optional field (the schema has a default) may stay blank; what is filled in is still checked.
    { required: !optional, message: `请${select ? '选择' : '输入'}${titleOf(schema)}` },
    {
      validator: async (_rule, value: unknown) => {
        if (empty(value)) return
        const input = toInput(value)
        if (input === null) throw new Error(badInput)
        const result = schema.safeParse(input)
        if (!result.success) throw new Error(result.error.issues[0].message)
      },
    },
  ]
}

/** Rules of an amount typed in 元 for a contract field in 分. */
export function moneyRulesFor(schema: z.ZodType, { optional = false } = {}): FormRule[] {
  return rulesFor(schema, { optional, toInput: (v) => (typeof v === 'string' ? parseYuanToFen(v) : v), badInput: MONEY_FORMAT })
}

/** Rule for a "confirm password" item that must repeat the item named `other`. */
export function sameAs(other: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (value && value !== getFieldValue(other)) throw new Error('两次输入的密码不一致')
    },
  })
}

/**
 * Puts field errors of a failed call on the form's items (keyed by the first segment of the
 * server's dotted path) and returns the message still to be shown above the form, if any.
 */
export function showServerError(form: FormInstance, error: unknown): string | null {
  if (!(error instanceof AppError)) return '操作失败，请稍后重试'
  const known = new Set(Object.keys(form.getFieldsValue()))
  const placed = Object.entries(error.fields ?? {})
    .map(([path, message]) => [path.split('.')[0], message] as const)
    .filter(([name]) => known.has(name))
  form.setFields(placed.map(([name, message]) => ({ name, errors: [message] })))
  const allPlaced = placed.length > 0 && placed.length === Object.keys(error.fields ?? {}).length
  return error.code === 'VALIDATION' && allPlaced ? null : error.message
}

/** Validates the form, runs `action`, and keeps the submitting flag and the server's message. */
/**
 * The form's values once every rule passes, or null when one fails (the form then shows why).
 * antd rejects as "out of date" when a field changed while it was validating — a quick typist
 * clicking 保存 right after the last keystroke; validating again then, instead of silently
 * ignoring the click, is what the user meant.
 */
async function validated<V>(form: FormInstance<V>): Promise<V | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await form.validateFields()
    } catch (e) {
      const info = e as { errorFields?: unknown[]; outOfDate?: boolean }
      if (!info.outOfDate || info.errorFields?.length) return null
    }
  }
  return null
}

export function useSubmit<V>(form: FormInstance<V>, action: (values: V) => Promise<void>) {
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async () => {
    const values = await validated(form)
    if (values === null) return
    setSubmitting(true)
    setError(null)
    try {
      await action(values)
    } catch (e) {
      setError(showServerError(form, e))
    } finally {
      setSubmitting(false)
    }
  }

  const clearError = useCallback(() => setError(null), [])
  return { submit, submitting, error, clearError }
}
