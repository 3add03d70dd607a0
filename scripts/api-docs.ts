import { z } from 'zod'
import { contract, type MethodName } from '../electron/shared/contract'
import { ROLE_LABELS } from '../electron/shared/roles'
import { API_PREFIX, TOKEN_HEADER } from '../electron/shared/bridge'

type JsonSchema = {
  type?: string | string[]
  title?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  anyOf?: JsonSchema[]
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  default?: unknown
  pattern?: string
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' \\| ')
  if (s.anyOf) return s.anyOf.map(typeOf).join(' \\| ')
  if (s.type === 'array' && s.items) {
    const item = typeOf(s.items)
    return item.includes('|') ? `(${item})[]` : `${item}[]`
  }
  if (s.type === 'object' && s.properties)
    return `{ ${Object.entries(s.properties)
      .map(([k, v]) => `${k}: ${typeOf(v)}`)
      .join('; ')} }`
  return Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'unknown')
}

function constraints(s: JsonSchema): string {
  const parts: string[] = []
  if (s.minLength !== undefined) parts.push(`≥ ${s.minLength} 字符`)
  if (s.maxLength !== undefined) parts.push(`≤ ${s.maxLength} 字符`)
  if (s.minimum !== undefined && s.minimum > Number.MIN_SAFE_INTEGER) parts.push(`≥ ${s.minimum}`)
  if (s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER) parts.push(`≤ ${s.maximum}`)
  if (s.default !== undefined) parts.push(`默认 ${JSON.stringify(s.default)}`)
  return parts.join('，')
}

function fieldsTable(schema: JsonSchema): string[] {
  const props = Object.entries(schema.properties ?? {})
  if (!props.length) return ['无参数。']
  return [
    '| 字段 | 类型 | 必填 | 说明 |',
    '|---|---|---|---|',
    ...props.map(([name, p]) => {
      const required = schema.required?.includes(name) && p.default === undefined ? '是' : '否'
      const note = [p.title, constraints(p)].filter(Boolean).join('；')
      return `| \`${name}\` | \`${typeOf(p)}\` | ${required} | ${note} |`
    }),
  ]
}

function accessText(name: MethodName): string {
  const { access } = contract[name]
  if (access === 'public') return '无需登录'
  if (access === 'user') return '任何已登录用户'
  return access.map((r) => ROLE_LABELS[r]).join('、')
}

/** docs/api.md, generated from the contract; a unit test fails when the file is stale. */
export function renderApiDocs(): string {
  const names = Object.keys(contract) as MethodName[]
  const domains = [...new Set(names.map((n) => n.split('.')[0]))]
  const lines = [
    '# UnionDesk API',
    '',
    '> 本文件由 `npm run docs:api` 根据接口约定（electron/shared/contract/）生成，请勿手工修改。',
    '',
    `每个方法在两种传输方式下完全相同：桌面版通过预加载脚本的 \`invoke(method, input, token)\`，浏览器模式通过 \`POST ${API_PREFIX}<method>\`（JSON 请求体，会话令牌放在 \`${TOKEN_HEADER}\` 请求头）。`,
    '返回值统一为 `{ "ok": true, "data": … }` 或 `{ "ok": false, "error": { "code", "message", "fields"? } }`，`message` 为给用户看的中文说明。',
    '写操作在一个 SQLite 事务中执行并记入操作日志。',
    '',
    '错误代码：`VALIDATION`（输入有误，400）、`UNAUTHENTICATED`（未登录，401）、`FORBIDDEN`（无权限，403）、`NOT_FOUND` / `UNKNOWN_METHOD`（404）、`CONFLICT`（与现有数据冲突，409）、`LOCKED`（账户锁定，423）、`INTERNAL`（500）。',
    '',
  ]
  for (const domain of domains) {
    lines.push(`## ${domain}`, '')
    for (const name of names.filter((n) => n.startsWith(`${domain}.`))) {
      const spec = contract[name]
      const input = z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema
      const output = z.toJSONSchema(spec.output, { unrepresentable: 'any' }) as JsonSchema
      lines.push(
        `### \`${name}\` — ${spec.title}`,
        '',
        `- 类型：${spec.write ? '写（事务 + 操作日志）' : '只读'}`,
        `- 权限：${accessText(name)}`,
        '',
        '输入：',
        '',
        ...fieldsTable(input.anyOf?.find((s) => s.type === 'object') ?? input),
        '',
        `返回：\`${typeOf(output)}\``,
        '',
      )
    }
  }
  return lines.join('\n')
}
