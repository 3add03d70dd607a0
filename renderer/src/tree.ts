/** A row with the rows under it, as antd's Table and Tree want them. */
export type Nested<T> = T & { children?: Nested<T>[] }

/** Nests flat rows, keeping their order: each under the row its parent key names; rows whose parent is absent are roots. */
export function nest<T extends object, K>(rows: T[], keyOf: (row: T) => K, parentOf: (row: T) => K | null): Nested<T>[] {
  const nodes = new Map<K, Nested<T>>(rows.map((row) => [keyOf(row), { ...row } as Nested<T>]))
  const roots: Nested<T>[] = []
  for (const node of nodes.values()) {
    const key = parentOf(node)
    const parent = key === null ? undefined : nodes.get(key)
    if (parent) (parent.children ??= []).push(node)
    else roots.push(node)
  }
  return roots
}
