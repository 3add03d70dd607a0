import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { Button, Input, Tree, type TreeDataNode } from 'antd'
import type { AccountRow } from '../../../../electron/shared/contract/ledgers'
import { overlayOpen } from '../../components/ShortcutHelp'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { matchAccount, useChart } from '../ledger/useChart'

interface Props {
  /** The account whose book is shown. */
  value?: string
  onSelect: (code: string) => void
  /** The accounts the book is kept for (日记账: 101/102; 总账: level 1); the whole chart otherwise. */
  accept?: (a: AccountRow) => boolean
  /** A link above the tree, e.g. 总账's "全部科目". */
  extra?: ReactNode
}

interface AccountNode extends TreeDataNode {
  key: string
  children: AccountNode[]
}

/** The accepted accounts as a tree by code (a parent the filter dropped leaves its children at the top). */
function buildTree(accounts: AccountRow[], shown: (a: AccountRow) => boolean): AccountNode[] {
  const nodes = new Map<string, AccountNode>()
  const roots: AccountNode[] = []
  for (const a of accounts) {
    if (!shown(a)) continue
    const node: AccountNode = { key: a.code, title: `${a.code} ${a.name}`, children: [], isLeaf: a.isLeaf }
    nodes.set(a.code, node)
    const parent = a.parentCode ? nodes.get(a.parentCode) : undefined
    ;(parent ? parent.children : roots).push(node)
  }
  for (const node of nodes.values()) if (!node.children.length) node.isLeaf = true
  return roots
}

/** The codes in the order the tree shows them (expanded branches only): what ↑/↓ step through. */
function visibleCodes(nodes: AccountNode[], expanded: Set<string>): string[] {
  return nodes.flatMap((n) => [n.key, ...(expanded.has(n.key) ? visibleCodes(n.children, expanded) : [])])
}

const ancestorsOf = (code: string, byCode: Map<string, AccountRow>) => {
  const up: string[] = []
  for (let c = byCode.get(code)?.parentCode; c; c = byCode.get(c)?.parentCode) up.push(c)
  return up
}

const editable = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))

/**
 * The 账套's chart beside a book, as 用友/金蝶 show it: codes and names, expandable, searchable by
 * code, name or 助记码. Clicking an account shows its book; ↑/↓ (in the tree, or anywhere on the page
 * outside a field) move to the previous/next account shown and the book follows.
 */
export function AccountTree({ value, onSelect, accept, extra }: Props) {
  const ledger = useCurrentLedger()
  const { chart } = useChart(ledger.id)
  const [query, setQuery] = useState('')
  const [expanded, setExpanded] = useState<Set<string>>(new Set())
  const box = useRef<HTMLDivElement>(null)

  const byCode = useMemo(() => new Map(chart.accounts.map((a) => [a.code, a])), [chart])
  const tree = useMemo(() => {
    const options = new Map(chart.allOptions.map((o) => [o.code, o]))
    const hits = new Set(chart.accounts.filter((a) => (!accept || accept(a)) && matchAccount(query, options.get(a.code))).map((a) => a.code))
    // A search keeps each hit's parents, so the hit shows where it sits in the chart.
    if (query.trim()) for (const code of [...hits]) for (const up of ancestorsOf(code, byCode)) if (!accept || accept(byCode.get(up)!)) hits.add(up)
    return buildTree(chart.accounts, (a) => hits.has(a.code))
  }, [chart, accept, query, byCode])

  // While searching every branch is open; otherwise the chosen account's parents are.
  const open = useMemo(() => (query.trim() ? new Set(visibleCodes(tree, new Set(byCode.keys()))) : expanded), [query, tree, expanded, byCode])
  useEffect(() => {
    if (value) setExpanded((now) => (ancestorsOf(value, byCode).every((c) => now.has(c)) ? now : new Set([...now, ...ancestorsOf(value, byCode)])))
  }, [value, byCode])

  const order = useMemo(() => visibleCodes(tree, open), [tree, open])
  const step = useRef<(by: number) => void>(() => {})
  step.current = (by) => {
    const at = value ? order.indexOf(value) : -1
    const next = order[at < 0 ? (by > 0 ? 0 : order.length - 1) : at + by]
    if (next) onSelect(next)
  }
  // ↑/↓ on the page (not in a field, not over a dialog, not inside the tree, which moves by itself).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return
      if (editable(e.target) || box.current?.contains(e.target as Node | null) || overlayOpen()) return
      e.preventDefault()
      step.current(e.key === 'ArrowDown' ? 1 : -1)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  useEffect(() => {
    box.current?.querySelector('.ant-tree-treenode-selected')?.scrollIntoView({ block: 'nearest' })
  }, [value, order])

  return (
    <nav className="ud-account-tree no-print" aria-label="科目树" ref={box}>
      <Input.Search allowClear size="small" placeholder="编码、名称或助记码" aria-label="搜索科目" value={query} onChange={(e) => setQuery(e.target.value)} />
      {extra}
      <Tree<AccountNode>
        blockNode
        treeData={tree}
        selectedKeys={value ? [value] : []}
        activeKey={value ?? null}
        expandedKeys={[...open]}
        onExpand={(keys) => setExpanded(new Set(keys.map(String)))}
        onSelect={(keys, { node }) => onSelect(keys.length ? String(keys[0]) : node.key)}
        // The tree's own ↑/↓/Home/End move its active node: the book follows it.
        onActiveChange={(key) => key !== null && key !== undefined && key !== value && onSelect(String(key))}
      />
      {!tree.length && <div className="ud-account-tree-empty">没有符合的科目</div>}
    </nav>
  )
}

/** 总账's way back from one account to all of them. */
export function AllAccountsLink({ onClick }: { onClick: () => void }) {
  return (
    <Button type="link" size="small" onClick={onClick}>
      显示全部科目
    </Button>
  )
}
