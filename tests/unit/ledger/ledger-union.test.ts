import { describe, expect, it } from 'vitest'
import { registryOffice } from '../registry/registry-helpers'

describe('账套 and the registry', () => {
  it('links a 账套 to a registry union when created or later, and refuses an unknown union', () => {
    const o = registryOffice()
    const x1 = o.xiaoerji('XEJ1')
    const created = o.app.call('ledgers.create', { code: 'JZ', name: '某某街道总工会', startPeriod: '2026-01', unionId: o.streetId }, o.admin)
    const later = o.app.call('ledgers.create', { code: 'XEJ1', name: '第一联合工会', startPeriod: '2026-01' }, o.admin)
    o.app.call('ledgers.update', { id: later.id, name: '第一联合工会', unionId: x1 }, o.admin)
    const rows = o.app.call('ledgers.list', {}, o.admin)
    expect(rows.map((l) => [l.code, l.unionId])).toEqual([
      ['JZ', o.streetId],
      ['XEJ1', x1],
    ])
    const wrong = o.app.fail('ledgers.update', { id: created.id, name: '某某街道总工会', unionId: 9999 }, o.admin)
    expect(wrong.code).toBe('NOT_FOUND')
    expect(o.app.call('ledgers.list', {}, o.admin)[0].unionId).toBe(o.streetId)
  })
})
