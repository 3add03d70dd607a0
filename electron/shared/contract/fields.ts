import { z } from 'zod'
import { ROLES, SCOPE_TYPES } from '../roles'

/**
 * Field builders with the Chinese label in their metadata. The router walks the schema along an
 * issue's path to find that label, so every message reads like 「用户名：至少 3 个字符」.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined || issue.input === null) return '必填'
        // Say what was expected, so "abc" in an amount reads as a wrong format, not as missing.
        return issue.expected === 'number' || issue.expected === 'int' ? '应填数字' : issue.expected === 'boolean' ? '应为是或否' : '类型不正确'
      case 'too_small':
        if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 个字符`
        if (issue.origin === 'array') return `至少选择 ${issue.minimum} 项`
        return `不能小于 ${issue.minimum}`
      case 'too_big':
        if (issue.origin === 'string') return `不能超过 ${issue.maximum} 个字符`
        if (issue.origin === 'array') return `最多 ${issue.maximum} 项`
        return `不能大于 ${issue.maximum}`
      case 'invalid_value':
        return '取值不在允许范围内'
      case 'invalid_format':
        return '格式不正确'
      case 'unrecognized_keys':
        return `含有不认识的字段：${issue.keys.join('、')}`
      default:
        return '输入不正确'
    }
  },
})

export const text = (label: string, max = 100) => z.string().trim().min(1).max(max).meta({ title: label })
export const optionalText = (label: string, max = 500) => z.string().trim().max(max).optional().meta({ title: label })
export const id = (label = '编号') => z.number().int().positive().meta({ title: label })

export const username = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[A-Za-z0-9_.\-\u4e00-\u9fa5]+$/, '只能包含字母、数字、汉字、下划线、点和减号')
  .meta({ title: '用户名' })

/** A password policy a small office can live with: 8+ characters with both letters and digits. */
export const newPassword = (label = '密码') =>
  z
    .string()
    .min(8, '至少 8 个字符')
    .max(128)
    .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), '须同时包含字母和数字')
    .meta({ title: label })

export const roleAssignment = z
  .object({
    role: z.enum(ROLES).meta({ title: '角色' }),
    scopeType: z.enum(SCOPE_TYPES).nullable().default(null).meta({ title: '适用范围类型' }),
    scopeId: z.number().int().positive().nullable().default(null).meta({ title: '适用范围' }),
  })
  .strict()
  .refine((a) => (a.scopeType === null) === (a.scopeId === null), { message: '适用范围类型与适用范围须同时填写或同时为空' })
  .meta({ title: '角色分配' })

export const roleAssignments = z.array(roleAssignment).min(1).max(50).meta({ title: '角色' })

export const empty = z.object({}).strict().optional().default({})
export const ok = z.object({ ok: z.literal(true) })

/** The input of a method that acts on one record (delete, post, export one): `{ id }`, named by its label. */
export const byId = (label: string) => z.object({ id: id(label) }).strict()
/** What a save returns: the record's id. */
export const savedId = z.object({ id: z.number() })
/** A generated file (xlsx, csv, zip) as the transports carry it: base64 content under its download name. */
export const fileOutput = z.object({ fileName: z.string(), content: z.string() })

type Columns<K extends string, T> = { [P in K]: T }
const columns =
  <T>(type: () => T) =>
  <K extends string>(...keys: K[]) =>
    Object.fromEntries(keys.map((k) => [k, type()])) as Columns<K, T>
/** Result columns of one type, declared once in order: `...numberColumns('debit', 'credit')` (amounts in 分, counts). */
export const numberColumns = columns(() => z.number())
export const textColumns = columns(() => z.string())
export const nullableTextColumns = columns(() => z.string().nullable())
