import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { api, expect, login, logout, sessionToken, setupAdmin, snapshot } from './fixtures'

export interface Person {
  username: string
  displayName: string
  password: string
  roles: string[]
}

export const KUAIJI: Person = { username: 'kuaiji', displayName: '李会计', password: 'Kuaiji2026ok', roles: ['accountant'] }
export const SHENHE: Person = { username: 'shenhe', displayName: '张审核', password: 'Shenhe2026ok', roles: ['reviewer'] }

/** The first administrator, then the office's 会计 and 审核 through the API (user admin is not under test here). */
export async function setupOffice(page: Page): Promise<void> {
  await setupAdmin(page)
  const token = await sessionToken(page)
  for (const { roles, ...user } of [KUAIJI, SHENHE]) {
    const response = await api(page, 'users.create', { ...user, assignments: roles.map((role) => ({ role })) }, token)
    expect(response.ok(), await response.text()).toBe(true)
  }
  await logout(page)
}

export async function signIn(page: Page, person: Person): Promise<void> {
  await login(page, person.username, person.password)
  await expect(page.getByRole('button', { name: '用户菜单' })).toContainText(person.displayName)
}

export async function switchUser(page: Page, person: Person): Promise<void> {
  await logout(page)
  await signIn(page, person)
}

/** A direct API call that must succeed; returns its data. */
export async function apiOk<T = unknown>(page: Page, method: string, input: object, token: string): Promise<T> {
  const response = await api(page, method, input, token)
  const body = (await response.json()) as { ok: boolean; data: T; error?: { message: string } }
  expect(body.ok, body.error?.message).toBe(true)
  return body.data
}

export const START = '2026-03'

/** A 账套 starting in March 2026 with balanced opening balances, made by the signed-in 会计 through the API. */
export async function seedLedger(page: Page): Promise<{ token: string; ledgerId: number; account: (code: string) => number }> {
  const token = await sessionToken(page)
  const { id: ledgerId } = await apiOk<{ id: number }>(page, 'ledgers.create', { code: 'JZ', name: '某某街道总工会', startPeriod: START }, token)
  await apiOk(
    page,
    'opening.set',
    {
      ledgerId,
      entries: [
        { accountCode: '102', debit: 5_000_000 },
        { accountCode: '32205', credit: 5_000_000 },
      ],
    },
    token,
  )
  const chart = await apiOk<{ id: number; code: string }[]>(page, 'accounts.list', { ledgerId }, token)
  return { token, ledgerId, account: (code) => chart.find((a) => a.code === code)!.id }
}

/** Opens 账务处理 and one of its tabs. */
export async function openLedgerTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('menu', { name: '功能导航' }).getByRole('menuitem', { name: '账务处理' }).click()
  await page.getByRole('tab', { name: tab }).click()
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
}

/** An antd button's name, which gets a space between two Chinese characters (“审 核”), matched exactly. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${[...text].join('\\s?')}$`)
}

/** Signs a person in through the API only, for set-up calls made on their behalf. */
export async function apiToken(page: Page, person: Person): Promise<string> {
  return (await apiOk<{ token: string }>(page, 'auth.login', { username: person.username, password: person.password }, '')).token
}

/** The row of one voucher in 凭证管理, by its exact label (记-1 must not find 记-1's red copy 记-3 via its 摘要). */
export function voucherRow(page: Page, voucherLabel: string) {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name: voucherLabel, exact: true }) })
}

/** A screenshot once the transient messages (“已保存…”) have gone, so they do not cover the screen. */
export async function quietSnapshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 })
  if (fullPage) return snapshot(page, name)
  // A long page (the whole chart) is easier to judge as the screen the user sees first.
  await page.screenshot({ path: join(import.meta.dirname, 'artifacts', `${name}.png`), animations: 'disabled' })
}
