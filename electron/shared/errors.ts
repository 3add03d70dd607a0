/** Error codes every transport returns; the message is always Chinese and meant for the clerk. */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LOCKED'
  /** Another writer holds the database: retry later (SQLite busy/locked, translated in core/db/busy.ts). */
  | 'BUSY'
  | 'UNKNOWN_METHOD'
  | 'INTERNAL'

export interface ApiErrorBody {
  code: ErrorCode
  message: string
  /** Field-level problems of a VALIDATION error: dotted path → message. */
  fields?: Record<string, string>
}

export type ApiResponse<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody }

/** Thrown by the core and by the renderer's API client alike. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields?: Record<string, string>
  /** Commit what the failing write did before reporting (e.g. a failed login counts towards lockout). */
  readonly keepWrites: boolean

  constructor(code: ErrorCode, message: string, options: { fields?: Record<string, string>; keepWrites?: boolean } = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.fields = options.fields
    this.keepWrites = options.keepWrites ?? false
  }

  toBody(): ApiErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message }
  }
}
