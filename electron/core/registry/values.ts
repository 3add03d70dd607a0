import { AppError } from '../../shared/errors'

/** Empty text from a form or a cell means "not known": store null, so rules say 无数据, not "". */
export function blankToNull<T extends Record<string, unknown>>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' ? null : v])) as T
}

/** A period given by two dates must not end before it starts. */
export function assertOrder(from: string | null, to: string | null, field: string, message: string): void {
  if (from && to && to < from) throw new AppError('VALIDATION', message, { fields: { [field]: message } })
}

/** A figure that is part of another (会员 of 职工, 女会员 of 会员) cannot exceed it. */
export function assertWithin(part: number, whole: number, field: string, message: string): void {
  if (part > whole) throw new AppError('VALIDATION', message, { fields: { [field]: message } })
}
