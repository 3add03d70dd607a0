import { z } from 'zod'
import { AppError } from '../../shared/errors'

/** Find the Chinese label (meta title) of the field an issue points at. */
function labelAt(schema: z.ZodType, path: PropertyKey[]): string | undefined {
  let current: z.ZodType | undefined = schema
  let label: string | undefined
  for (const key of path) {
    current = unwrap(current)
    if (current instanceof z.ZodObject) current = current.shape[String(key)] as z.ZodType | undefined
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType
    else return label
    if (!current) return label
    label = (current.meta()?.title as string | undefined) ?? (unwrap(current).meta()?.title as string | undefined) ?? label
  }
  return label
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault || s instanceof z.ZodPipe) {
    s = s instanceof z.ZodPipe ? (s.in as z.ZodType) : (s.unwrap() as z.ZodType)
  }
  return s
}

export function formatValidationError(schema: z.ZodType, error: z.ZodError): AppError {
  const fields: Record<string, string> = {}
  const parts: string[] = []
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.')
    const label = issue.path.length ? (labelAt(schema, issue.path) ?? key) : undefined
    const text = label ? `${label}：${issue.message}` : issue.message
    if (!(key in fields)) fields[key] = issue.message
    parts.push(text)
  }
  return new AppError('VALIDATION', `输入有误：${[...new Set(parts)].join('；')}`, { fields })
}
