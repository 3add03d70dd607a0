import { describe, expect, it } from 'vitest'
import { nest } from '../../../renderer/src/tree'

describe('nest (account chart and union tree)', () => {
  it('puts each row under its parent, keeps the order, and leaves the rows given untouched', () => {
    const accounts = [
      { code: '102', parentCode: null },
      { code: '10201', parentCode: '102' },
      { code: '401', parentCode: null },
      { code: '10202', parentCode: '102' },
    ]
    const tree = nest(
      accounts,
      (a) => a.code,
      (a) => a.parentCode,
    )
    expect(tree.map((a) => a.code)).toEqual(['102', '401'])
    expect(tree[0].children?.map((a) => a.code)).toEqual(['10201', '10202'])
    expect(tree[1].children).toBeUndefined()
    expect(accounts[0]).not.toHaveProperty('children')
  })

  it('makes a row whose parent is not among the rows a root (a filtered chart, a union whose 上级 is not listed)', () => {
    const unions = [
      { id: 5, parentId: 9 },
      { id: 6, parentId: 5 },
    ]
    const tree = nest(
      unions,
      (u) => u.id,
      (u) => u.parentId,
    )
    expect(tree.map((u) => u.id)).toEqual([5])
    expect(tree[0].children?.map((u) => u.id)).toEqual([6])
  })
})
