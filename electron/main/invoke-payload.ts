/**
 * The one message the preload sends to main. Checked on both sides: the preload refuses early,
 * main never trusts the renderer. Method names look like the contract's ("auth.login").
 */
export interface InvokePayload {
  method: string
  input: unknown
  token: string | null
}

const METHOD_NAME = /^[a-z]+\.[A-Za-z]+$/

export function isMethodNameShape(method: unknown): method is string {
  return typeof method === 'string' && METHOD_NAME.test(method)
}

export function isInvokePayload(value: unknown): value is InvokePayload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const { method, token } = value as Record<string, unknown>
  return isMethodNameShape(method) && (token === null || typeof token === 'string')
}
