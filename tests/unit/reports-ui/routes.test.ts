import { describe, expect, it } from 'vitest'
import { defaultRange, journalKind, parseReportRoute, periodLabel, reportPath, yearToDate } from '../../../renderer/src/pages/reports/routes'

const fallback = { from: '2026-01', to: '2026-03' }

describe('账簿报表 addresses', () => {
  it('round-trips a drill-down to an account’s 明细账, range included', () => {
    const path = reportPath({ tab: 'detail', from: '2026-02', to: '2026-03', arg: '10201' })
    expect(path).toBe('reports/detail/2026-02/2026-03/10201')
    expect(parseReportRoute(path.split('/').slice(1), fallback)).toEqual({ tab: 'detail', from: '2026-02', to: '2026-03', arg: '10201' })
  })

  it('falls back to the default range and the 科目余额表 when the address is unknown or malformed', () => {
    expect(parseReportRoute([], fallback)).toEqual({ tab: 'trial', ...fallback })
    expect(parseReportRoute(['nonsense', '2026-13', '2026-03'], fallback)).toEqual({ tab: 'trial', ...fallback })
    // A range that runs backwards is not a range.
    expect(parseReportRoute(['general', '2026-05', '2026-03'], fallback)).toEqual({ tab: 'general', ...fallback })
  })

  it('starts at January of the current year, or at the 账套’s first month when it started later', () => {
    expect(defaultRange({ startPeriod: '2024-01', currentPeriod: '2026-04' })).toEqual({ from: '2026-01', to: '2026-04' })
    expect(defaultRange({ startPeriod: '2026-03', currentPeriod: '2026-05' })).toEqual({ from: '2026-03', to: '2026-05' })
    expect(yearToDate('2026-06', '2026-03')).toEqual({ from: '2026-03', to: '2026-06' })
    expect(yearToDate('2027-02', '2026-03')).toEqual({ from: '2027-01', to: '2027-02' })
  })

  it('labels periods as the printed books do and tells cash from bank journals', () => {
    expect(periodLabel('2026-03', '2026-03')).toBe('2026年3月')
    expect(periodLabel('2026-01', '2026-12')).toBe('2026年1月至2026年12月')
    expect(journalKind('10101')).toBe('cash-journal')
    expect(journalKind('102')).toBe('bank-journal')
    expect(journalKind('103')).toBeNull()
  })
})
