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
  /** An import's problems by Excel row: row number → column header ('' for the row as a whole) → message. */
  rows?: RowErrors
}

/** Excel row number → column header → message; '' stands for the row as a whole (a rule across columns). */
export type RowErrors = Record<number, Record<string, string>>

export interface RowError {
  row: number
  /** The column header as in the template, or '' when the problem is the row as a whole. */
  column: string
  message: string
}

/** The rows of an import error as a flat list, by row then in the order they were found: what the import dialog and the CLI show. */
export function rowErrorsOf(error: { rows?: RowErrors }): RowError[] {
  return Object.entries(error.rows ?? {})
    .map(([row, columns]) => [Number(row), columns] as const)
    .sort(([a], [b]) => a - b)
    .flatMap(([row, columns]) => Object.entries(columns).map(([column, message]) => ({ row, column, message })))
}

export type ApiResponse<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody }

/** Thrown by the core and by the renderer's API client alike. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields?: Record<string, string>
  readonly rows?: RowErrors
  /** Commit what the failing write did before reporting (e.g. a failed login counts towards lockout). */
  readonly keepWrites: boolean

  constructor(code: ErrorCode, message: string, options: { fields?: Record<string, string>; rows?: RowErrors; keepWrites?: boolean } = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.fields = options.fields
    this.rows = options.rows
    this.keepWrites = options.keepWrites ?? false
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.rows ? { rows: this.rows } : {}),
    }
  }
}
