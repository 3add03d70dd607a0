import { labelled } from './labelled'

/** The roles of a union finance office. A user may hold several; an assignment may be scoped. */
export const [ROLES, ROLE_LABELS] = labelled({
  admin: '系统管理员',
  accountant: '会计（制单）',
  reviewer: '审核',
  cashier: '出纳',
  clerk: '报账员',
  approver: '审批人',
  viewer: '只读（经审会/上级检查）',
})
export type Role = (typeof ROLES)[number]

/**
 * Who may do what: the role lists, their one home. The contract's `access`, the core's scope checks
 * (ledgerFor, budgetLedger) and the renderer's buttons all name these lists, never spell the roles out.
 */
/** Everyone who reads a 账套 (books, reports); scoped assignments limit them to one 账套. */
export const LEDGER_READERS = ['admin', 'accountant', 'reviewer', 'cashier', 'viewer'] as const satisfies readonly Role[]
/** Who enters and edits vouchers and a 账套's chart: the 会计 (制单). */
export const LEDGER_KEEPERS = ['accountant'] as const satisfies readonly Role[]
/** The 会计 or the 系统管理员: 账套 settings, imports, 支出标准, recording a budget's approval. */
export const LEDGER_MANAGERS = ['accountant', 'admin'] as const satisfies readonly Role[]
/** Who posts (记账) and closes months and years: the 会计 or the 审核. */
export const LEDGER_CLOSERS = ['accountant', 'reviewer'] as const satisfies readonly Role[]
/** The roles that work inside a 账套 and may be scoped to one (the 系统管理员 is always global). */
export const LEDGER_SCOPED_ROLES = ['accountant', 'reviewer', 'cashier', 'viewer'] as const satisfies readonly Role[]

/** What a role assignment may be limited to; later issues add ledger (账套) and union scopes. */
export const [SCOPE_TYPES, SCOPE_LABELS] = labelled({ ledger: '账套', union: '工会组织' })
export type ScopeType = (typeof SCOPE_TYPES)[number]

/** Side-navigation sections and the roles that see them; the core enforces the same roles per method. */
export const SECTIONS = [
  { key: 'registry', label: '组织台账', roles: ['admin', 'accountant', 'reviewer', 'viewer', 'clerk', 'approver'] },
  { key: 'ledger', label: '账务处理', roles: ['admin', 'accountant', 'reviewer', 'cashier', 'viewer'] },
  { key: 'reports', label: '账簿报表', roles: ['admin', 'accountant', 'reviewer', 'cashier', 'viewer'] },
  { key: 'budget', label: '预算管理', roles: ['admin', 'accountant', 'reviewer', 'approver', 'viewer'] },
  { key: 'levy', label: '经费收缴', roles: ['admin', 'accountant', 'reviewer', 'cashier', 'viewer'] },
  { key: 'reimbursement', label: '报账审批', roles: ['clerk', 'approver', 'accountant', 'cashier', 'viewer'] },
  { key: 'system', label: '系统管理', roles: ['admin'] },
] as const satisfies readonly { key: string; label: string; roles: readonly Role[] }[]

export type SectionKey = (typeof SECTIONS)[number]['key']

/** One role assignment: a role, everywhere (scope null) or limited to one 账套 or union. */
export interface RoleAssignment {
  role: Role
  scopeType: ScopeType | null
  scopeId: number | null
}

/** A role counts for a 账套 when held unscoped or scoped to that very 账套 (core and UI share this rule). */
export function holdsLedgerRole(assignments: readonly RoleAssignment[], ledgerId: number | null, roles: readonly Role[]): boolean {
  return assignments.some((a) => roles.includes(a.role) && (a.scopeType === null || (ledgerId !== null && a.scopeType === 'ledger' && a.scopeId === ledgerId)))
}

export function visibleSections(roles: readonly Role[]): SectionKey[] {
  return SECTIONS.filter((s) => s.roles.some((r) => roles.includes(r))).map((s) => s.key)
}
