// api/: the one way into the core. router.ts resolves the caller, checks the method's roles, validates the
// input against the contract and runs the handler in one SQLite transaction with its audit row; handlers.ts
// maps every contract method to its handler (tsc fails on a missing one); validation.ts words zod errors.
import { randomUUID } from 'node:crypto'
import { SqliteError } from 'better-sqlite3'
import type { z } from 'zod'
import { contract, isMethodName, type MethodName } from '../../shared/contract'
import type { Access } from '../../shared/contract/define'
import { AppError, type ApiResponse } from '../../shared/errors'
import { ROLE_LABELS } from '../../shared/roles'
import type { Core } from '../app'
import { recordAudit } from '../audit/service'
import { busyError, writeTransaction } from '../db/busy'
import { sessionUserFromToken, sessionUserByName } from '../auth/sessions'
import { formatValidationError } from './validation'
import { handlers } from './handlers'
import { HEAVY_METHODS, startJob, type Job } from '../jobs/offload'
import type { AuditNote, Channel, Handler, HandlerContext, SessionUser } from './types'

/** Who is calling: a session token (window, browser) or a named local user (the CLI on this machine). */
export type Caller = { token: string | null } | { localUser: string }

export interface Router {
  /** What every transport uses; `job`, from startJob, when the transport started the call's worker ahead. */
  call(method: string, input: unknown, caller: Caller, channel: Channel, job?: Job): Promise<ApiResponse<unknown>>
  /**
   * For a heavy method (run in a worker thread) of a signed-in caller, that worker started now, while the
   * upload is still arriving (HTTP); undefined otherwise. Pass it to call(), or cancel it.
   */
  startJob(method: string, caller: Caller): Job | undefined
  /** The same, synchronously, for methods that need no preparation (used by tests). */
  callSync(method: string, input: unknown, caller: Caller, channel: Channel): ApiResponse<unknown>
}

export function createRouter(core: Core): Router {
  return {
    async call(method, input, caller, channel, job) {
      if (offloaded(core, method)) return (job ?? startJob(core.options)).run({ method, input, caller, channel })
      try {
        const call = begin(core, method, input, caller, channel)
        const prep = typeof call.handler !== 'function' && call.handler.prepare ? await call.handler.prepare(call.ctx, call.input as never) : undefined
        return { ok: true, data: finish(core, call, prep) }
      } catch (error) {
        return { ok: false, error: toAppError(error).toBody() }
      }
    },
    startJob(method, caller) {
      if (!offloaded(core, method)) return undefined
      // Only for a caller the worker will accept: a stranger's request must not start threads.
      const user = 'localUser' in caller ? null : sessionUserFromToken(core, caller.token)
      return user ? startJob(core.options) : undefined
    },
    callSync(method, input, caller, channel) {
      try {
        const call = begin(core, method, input, caller, channel)
        if (typeof call.handler !== 'function' && call.handler.prepare) throw new Error(`${method} 需要异步准备，请用 call()`)
        return { ok: true, data: finish(core, call, undefined) }
      } catch (error) {
        return { ok: false, error: toAppError(error).toBody() }
      }
    },
  }
}

const offloaded = (core: Core, method: string) => core.options.offloadHeavyJobs === true && HEAVY_METHODS.has(method as MethodName)

interface Begun {
  method: MethodName
  handler: Handler<MethodName>
  ctx: HandlerContext
  input: unknown
}

/** Resolve the method, the caller, the role check and the input: everything before any work. */
/** What a user who must change the password may still do. */
const FIRST_LOGIN_METHODS: string[] = ['auth.me', 'auth.changePassword', 'auth.logout', 'system.status']

function begin(core: Core, method: string, rawInput: unknown, caller: Caller, channel: Channel): Begun {
  if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', `未知的操作：${method}`)
  const spec = contract[method]
  const token = 'token' in caller ? caller.token : null
  const user = 'localUser' in caller ? sessionUserByName(core, caller.localUser) : sessionUserFromToken(core, token)
  checkAccess(spec.access, spec.title, user, spec.global === true)
  // A password the administrator set is only a first key (the CLI acts at the machine, as the office's own admin).
  if (user?.mustChangePassword && channel !== 'cli' && !FIRST_LOGIN_METHODS.includes(method)) {
    throw new AppError('FORBIDDEN', '首次登录须先修改密码：请在“修改密码”中设置自己的新密码后再继续')
  }

  const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? undefined)
  if (!parsed.success) throw formatValidationError(spec.input, parsed.error)

  const audit: AuditNote = { targets: [], summary: null, actor: null }
  const ctx: HandlerContext = { core, user, token, channel, audit }
  return { method, handler: handlers[method] as Handler<MethodName>, ctx, input: parsed.data }
}

function finish(core: Core, { method, handler, ctx, input }: Begun, prep: unknown): unknown {
  const spec = contract[method]
  const result = spec.write ? runWrite(core, method, handler, ctx, input, prep) : run(handler, ctx, input, prep)
  if (core.options.validateOutput) {
    const checked = (spec.output as z.ZodType).safeParse(result)
    if (!checked.success) throw new Error(`${method} 的返回值不符合接口约定：${checked.error.message}`)
  }
  return result
}

function run(handler: Handler<MethodName>, ctx: HandlerContext, input: unknown, prep: unknown): unknown {
  const fn = typeof handler === 'function' ? handler : handler.run
  return (fn as (c: HandlerContext, i: unknown, p: unknown) => unknown)(ctx, input, prep)
}

/**
 * One transaction per write: the handler's changes and its audit row commit together or not at all.
 * An AppError marked keepWrites (a failed login counting towards the lockout) commits what it wrote,
 * with its audit row, and is then reported to the caller.
 */
function runWrite(core: Core, method: MethodName, handler: Handler<MethodName>, ctx: HandlerContext, input: unknown, prep: unknown): unknown {
  if (typeof handler !== 'function' && handler.outsideTransaction) {
    const result = run(handler, ctx, input, prep)
    writeTransaction(core.sqlite, () => recordAudit(core, method, ctx))
    return result
  }
  const outcome = writeTransaction(core.sqlite, () => {
    try {
      const result = run(handler, ctx, input, prep)
      recordAudit(core, method, ctx)
      return { result }
    } catch (error) {
      if (error instanceof AppError && error.keepWrites) {
        recordAudit(core, method, ctx)
        return { error }
      }
      throw error
    }
  })
  if ('error' in outcome) throw outcome.error
  return outcome.result
}

function checkAccess(access: Access, title: string, user: SessionUser | null, global: boolean): void {
  if (access === 'public') return
  if (!user) throw new AppError('UNAUTHENTICATED', '尚未登录或登录已过期，请重新登录')
  if (access === 'user') return
  const needed = access.map((r) => ROLE_LABELS[r]).join('或')
  if (!access.some((role) => user.roles.includes(role))) {
    throw new AppError('FORBIDDEN', `您没有权限执行“${title}”，需要“${needed}”角色`)
  }
  if (global && !user.assignments.some((a) => access.includes(a.role) && (a.scopeType === null || a.role === 'admin'))) {
    throw new AppError('FORBIDDEN', `“${title}”影响全单位，需要不限范围的“${needed}”角色；您的角色只适用于指定账套或工会组织`)
  }
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const busy = busyError(error)
  if (busy) return busy
  if (error instanceof SqliteError) {
    if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return new AppError('CONFLICT', '数据已存在，不能重复添加')
    }
    // Our triggers raise Chinese messages meant for the user (e.g. the append-only audit log).
    if (error.code === 'SQLITE_CONSTRAINT_TRIGGER' || /[\u4e00-\u9fa5]/.test(error.message)) {
      return new AppError('CONFLICT', error.message)
    }
  }
  const ref = randomUUID().slice(0, 8)
  console.error(`[uniondesk] internal error ${ref}:`, error)
  return new AppError('INTERNAL', `系统内部错误（错误编号 ${ref}），请联系系统管理员`)
}
