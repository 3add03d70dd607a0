import ExcelJS from 'exceljs'
import type { Locator, Page } from '@playwright/test'
import { expect, sessionToken, setupAdmin, test } from './fixtures'
import { apiOk, exactly, quietSnapshot } from './ledger-helpers'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
// The core judges the current year "as at today", so the test works in whatever year it runs.
const YEAR = new Date().getFullYear()

async function pick(page: Page, scope: Locator, field: string, option: string) {
  await scope.getByRole('combobox', { name: field }).click()
  // antd draws the visible option rows itself (with a title); its role=option nodes are screen-reader stubs.
  await page.getByTitle(option, { exact: true }).click()
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0)
}

async function saveUnion(page: Page, values: { name: string; code: string; form?: string }) {
  const dialog = page.getByRole('dialog', { name: '新增工会组织' })
  await dialog.getByLabel('工会名称').fill(values.name)
  await dialog.getByLabel('工会编码').fill(values.code)
  if (values.form) await pick(page, dialog, '组织形态', values.form)
  await dialog.getByRole('button', { name: exactly('保存') }).click()
  await expect(page.getByText(`“${values.name}”已保存`)).toBeVisible()
  await expect(dialog).toBeHidden()
}

// A tree row's first cell also holds the expand button, so match the name's own text.
const unionRow = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) })

/** The 会员规模 line of the 小二级's card on 达标评估. */
async function membersRule(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: '达标评估' }).click()
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name: '会员规模', exact: true }) })
}

test('管理员建立小二级和下属工会、导入企业名单、录入调查后达标评估随之变化并可导出', async ({ page }) => {
  test.setTimeout(120_000) // a whole working session: tree, import, survey, export, four screens
  await setupAdmin(page)
  await page.getByRole('menu', { name: '功能导航' }).getByRole('menuitem', { name: '组织台账' }).click()
  await page.getByRole('tab', { name: '组织架构' }).click()

  // The tree: 街镇总工会 → 小二级 → two member unions, all through the form.
  await page.getByRole('button', { name: '新增街镇总工会' }).click()
  await saveUnion(page, { name: '某某街道总工会', code: 'JZ' })
  await unionRow(page, '某某街道总工会').getByRole('button', { name: '新增下级' }).click()
  await saveUnion(page, { name: '某某园区工会联合会', code: 'XEJ01', form: '工业园区' })
  for (const [name, code] of [
    ['某某科技有限公司工会', 'LH01'],
    ['某某物流有限公司工会', 'LH02'],
  ]) {
    await unionRow(page, '某某园区工会联合会').getByRole('button', { name: '新增下级' }).click()
    await saveUnion(page, { name, code })
  }
  // A wrong USCC is refused by the contract's own check before anything is sent.
  await unionRow(page, '某某科技有限公司工会')
    .getByRole('button', { name: exactly('编辑') })
    .click()
  const editing = page.getByRole('dialog', { name: /编辑工会组织/ })
  await editing.getByLabel('统一社会信用代码').fill('81310000MA1FL00001')
  await editing.getByRole('button', { name: exactly('保存') }).click()
  await expect(editing.getByText(/校验码错误/)).toBeVisible()
  await editing.getByRole('button', { name: exactly('取消') }).click()
  await expect(unionRow(page, '某某物流有限公司工会')).toContainText('企业单独工会')
  await quietSnapshot(page, 'registry-tree')

  // Before any survey the member-scale rule has nothing to judge.
  await expect((await membersRule(page)).getByText('无数据')).toBeVisible()

  // 企业: a list built from the template's own columns, imported in one go.
  await page.getByRole('tab', { name: '企业' }).click()
  await page.getByRole('button', { name: '导入企业名单' }).click()
  const importing = page.getByRole('dialog', { name: '从 Excel 导入企业名单' })
  // The template the dialog offers, fetched directly: its header row gives the columns to fill.
  const template = await apiOk<{ content: string }>(page, 'import.template', { kind: 'enterprises' }, await sessionToken(page))
  const source = new ExcelJS.Workbook()
  await source.xlsx.load(Buffer.from(template.content, 'base64') as unknown as ArrayBuffer)
  const sheet = source.worksheets[0]
  let headerRow = 1
  sheet.eachRow((row, n) => {
    if (row.values && (row.values as unknown[]).includes('企业名称')) headerRow = n
  })
  const headers = (sheet.getRow(headerRow).values as unknown[]).slice(1) as string[]
  const rows: Record<string, string | number>[] = [
    { 年度: YEAR, 企业名称: '上海某某科技有限公司', 职工人数: 120, 是否建会: '是', 所属工会编码: 'LH01', 覆盖小二级编码: 'XEJ01' },
    { 年度: YEAR, 企业名称: '上海某某物流有限公司', 职工人数: 80, 是否建会: '是', 所属工会编码: 'LH02', 覆盖小二级编码: 'XEJ01' },
    { 年度: YEAR, 企业名称: '上海某某餐饮店', 职工人数: 12, 是否建会: '否' },
  ]
  const upload = new ExcelJS.Workbook()
  const out = upload.addWorksheet('企业')
  out.addRow(headers)
  for (const r of rows) out.addRow(headers.map((h) => r[h] ?? null))
  const buffer = Buffer.from(await upload.xlsx.writeBuffer())
  await importing.locator('input[type=file]').setInputFiles({ name: '企业名单.xlsx', mimeType: XLSX, buffer })
  await importing.getByRole('button', { name: exactly('导入') }).click()
  await expect(page.getByText('已导入 3 行：新增 3，更新 0')).toBeVisible()
  await expect(unionRow(page, '上海某某餐饮店')).toContainText('未覆盖')

  // 小二级台账 → 年度调查: 3,000 members is within the guidance's 2,000–10,000.
  await page.getByRole('tab', { name: '组织架构' }).click()
  await unionRow(page, '某某园区工会联合会').getByRole('button', { name: '台账' }).click()
  await page.getByRole('tab', { name: '年度调查' }).click()
  await page.getByRole('button', { name: /新增/ }).click()
  const survey = page.getByRole('dialog', { name: '新增年度调查' })
  await survey.getByLabel('调查年度').fill(String(YEAR))
  await survey.getByLabel('调查日期').fill(`${YEAR}-01-15`)
  await survey.getByLabel('调查日期').press('Enter')
  for (const [field, value] of [
    ['企业数', '2'],
    ['已建会企业数', '2'],
    ['职工人数', '3500'],
    ['会员人数', '3000'],
    ['女会员人数', '1400'],
    ['农民工会员人数', '600'],
  ]) {
    await survey.getByLabel(field, { exact: true }).fill(value)
  }
  await survey.getByRole('button', { name: exactly('保存') }).click()
  await expect(survey).toBeHidden()
  await expect(page.getByRole('row').filter({ hasText: '3000' })).toBeVisible()

  // 建设规划 (第十五条) with a 工作节点 that is kept when the plan is opened again.
  await page.getByRole('tab', { name: '建设规划' }).click()
  await page.getByRole('button', { name: /新增/ }).click()
  const plan = page.getByRole('dialog', { name: '新增建设规划' })
  await plan.getByLabel('规划名称').fill('三年建设规划')
  await plan.getByLabel('起始年度').fill(String(YEAR))
  await plan.getByLabel('截止年度').fill(String(YEAR + 2))
  await plan.getByRole('button', { name: '添加工作节点' }).click()
  await plan.getByLabel('工作节点', { exact: true }).fill('建成户外职工爱心接力站')
  await plan.getByPlaceholder('计划完成日期').fill(`${YEAR}-12-31`)
  await plan.getByPlaceholder('计划完成日期').press('Enter') // Enter picks the date; it never submits the dialog
  await expect(plan).toBeVisible()
  await plan.getByRole('button', { name: exactly('保存') }).click()
  await expect(plan).toBeHidden()
  const planRow = page.getByRole('row').filter({ hasText: '三年建设规划' })
  await planRow.getByRole('button', { name: '编辑' }).click()
  const editPlan = page.getByRole('dialog', { name: '编辑建设规划' })
  await expect(editPlan.getByLabel('工作节点', { exact: true })).toHaveValue('建成户外职工爱心接力站')
  await editPlan.getByRole('button', { name: exactly('取消') }).click()

  const members = await membersRule(page)
  await expect(members.getByText('达标')).toBeVisible()
  await expect(members).toContainText('会员 3,000 人')
  await quietSnapshot(page, 'registry-scorecard')

  // 导出 Excel: the printable workbook with its title and one line per rule.
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()])
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(await exported.path())
  expect(String(book.worksheets[0].getCell('A1').value)).toContain(`${YEAR} 年小二级工会达标情况汇总`)
  const details = book.getWorksheet('检查明细')!
  const lines: string[] = []
  details.eachRow((row) => lines.push((row.values as unknown[]).map((v) => String(v ?? '')).join('|')))
  expect(lines.some((l) => l.includes('某某园区工会联合会|会员规模|第五条|达标|会员 3,000 人'))).toBe(true)

  await page.getByRole('tab', { name: '总览' }).click()
  await expect(page.getByRole('table', { name: '达标情况一览' })).toContainText('某某园区工会联合会')
  await page.waitForTimeout(1000) // the charts animate in
  await quietSnapshot(page, 'registry-overview')

  await page.getByRole('tab', { name: '工作清单' }).click()
  await expect(page.getByText('未被小二级覆盖的企业（1）')).toBeVisible()
  await quietSnapshot(page, 'registry-worklists')
})

test('设置: the 建会率/入会率 target is typed as a percentage (80 means 80 %) and kept in basis points', async ({ page }) => {
  test.setTimeout(60_000)
  await setupAdmin(page)
  const token = await sessionToken(page)
  await page.goto('/#/registry/settings')
  const target = page.getByLabel('建会率、入会率目标（%）')
  await expect(target).toHaveValue('85.00')
  // A blank threshold is named in the summary above the form and at its field.
  await page.getByLabel('小二级工会组织数下限').fill('')
  await page.getByRole('button', { name: exactly('保存') }).click()
  await expect(page.getByRole('alert', { name: '表单错误' })).toContainText('有 1 处需要改正：小二级工会组织数下限')
  // The refusal comes back within a few frames; 保存 must be plain 保存 again, not left named "loading 保存" by a
  // spinner animation that never finished (antd motion, now off: see renderer/src/main.tsx).
  await expect(page.getByRole('button', { name: exactly('保存') })).toBeEnabled()
  await page.getByLabel('小二级工会组织数下限').fill('30')
  await target.fill('80')
  await page.getByRole('button', { name: exactly('保存') }).click()
  await expect(page.getByText('检查标准已保存')).toBeVisible()
  expect(await apiOk<{ targetBasisPoints: number }>(page, 'registry.settings', {}, token)).toMatchObject({ targetBasisPoints: 8000 })
  await page.reload()
  await expect(page.getByLabel('建会率、入会率目标（%）')).toHaveValue('80.00')
  await quietSnapshot(page, 'registry-settings-percent')
})
