import type { UnionDeskBridge } from '../../../electron/shared/bridge'
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER } from '../../../electron/shared/bridge'
import { contract, type MethodInput, type MethodName, type MethodResult } from '../../../electron/shared/contract'
import { AppError, type ApiResponse } from '../../../electron/shared/errors'
import type { ProgressEvent } from '../../../electron/shared/events'

declare global {
  interface Window {
    uniondesk?: UnionDeskBridge
  }
}

const TOKEN_KEY = 'uniondesk.token'

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY)
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token)
}

export function clearToken(): void {
  sessionStorage.removeItem(TOKEN_KEY)
}

/** Told when the server no longer accepts our session; the app then returns to the login page. */
let onExpired: (() => void) | null = null
export function setSessionExpiredHandler(handler: (() => void) | null): void {
  onExpired = handler
}

async function send(method: string, input: unknown, token: string | null): Promise<ApiResponse<unknown>> {
  if (window.uniondesk) return window.uniondesk.invoke(method, input, token)
  let response: Response
  try {
    response = await fetch(API_PREFIX + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
      body: JSON.stringify(input ?? {}),
    })
  } catch {
    throw new AppError('INTERNAL', '无法连接到 UnionDesk 服务，请确认服务仍在运行后重试')
  }
  try {
    return (await response.json()) as ApiResponse<unknown>
  } catch {
    throw new AppError('INTERNAL', `服务返回了无法识别的响应（HTTP ${response.status}），请稍后重试`)
  }
}

/** Calls one contract method; failures are thrown as AppError carrying the server's Chinese message. */
export async function call<M extends MethodName>(
  method: M,
  ...[input]: undefined extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>]
): Promise<MethodResult<M>> {
  const response = await send(method, input, getToken())
  if (response.ok) return response.data as MethodResult<M>
  const { code, message, fields, rows } = response.error
  // A wrong password at login is also UNAUTHENTICATED; only a refused session means "expired".
  if (code === 'UNAUTHENTICATED' && contract[method].access !== 'public' && method !== 'auth.logout') {
    clearToken()
    onExpired?.()
  }
  throw new AppError(code, message, { fields, rows })
}

/** Progress of long jobs (exports, imports, restores) pushed by the core; returns the unsubscribe. */
export function subscribeProgress(listener: (event: ProgressEvent) => void): () => void {
  if (window.uniondesk) return window.uniondesk.onProgress(listener)
  const token = getToken()
  if (!token) return () => {}
  const source = new EventSource(`${EVENTS_PATH}?token=${encodeURIComponent(token)}`)
  source.onmessage = (message) => listener(JSON.parse(message.data as string) as ProgressEvent)
  return () => source.close()
}
