import ExcelJS from 'exceljs'
import type { MethodInput } from '../../../electron/shared/contract'
import { initializedApp, type TestApp } from '../helpers'

export { unionUscc } from '../shared/uscc-helpers'

const PASSWORD = 'Test2026ok'

/** An office with a 街镇总工会 (JZ) and a viewer; helpers add 小二级, member unions and surveys. */
export function registryOffice() {
  const app = initializedApp()
  const admin = app.adminToken
  app.call('users.create', { username: 'ck', displayName: '只读检查', password: PASSWORD, assignments: [{ role: 'viewer' }] }, admin)
  const viewer = app.call('auth.login', { username: 'ck', password: PASSWORD }).token
  const save = (input: MethodInput<'unions.save'>) => app.call('unions.save', input, admin).id
  const streetId = save({ code: 'JZ', name: '某某街道总工会', type: 'street' })
  let serial = 0
  const o = {
    app,
    admin,
    viewer,
    streetId,
    save,
    xiaoerji: (code: string, extra: Partial<MethodInput<'unions.save'>> = {}) =>
      save({ code, name: `${code} 工会联合会`, type: 'xiaoerji', parentId: streetId, scope: 'regional', ...extra }),
    /** n enterprise unions under a 小二级 (or another parent). */
    members: (parentId: number, n: number) => {
      for (let i = 0; i < n; i++) save({ code: `U${++serial}`, name: `第 ${serial} 企业工会`, type: 'enterprise', parentId })
    },
    survey: (unionId: number, year: number, figures: Partial<MethodInput<'surveys.save'>> = {}) =>
      app.call(
        'surveys.save',
        {
          unionId,
          year,
          surveyDate: `${year}-06-30`,
          enterprises: 100,
          enterprisesWithUnion: 90,
          workers: 3000,
          members: 2700,
          womenMembers: 0,
          migrantMembers: 0,
          ...figures,
        },
        admin,
      ).id,
    enterprise: (name: string, year: number, extra: Partial<MethodInput<'enterprises.save'>> = {}) =>
      app.call('enterprises.save', { name, year, workers: 30, hasUnion: false, ...extra }, admin).id,
    /** One scorecard row's check for a rule. */
    check: (unionId: number, rule: string, year = 2026) => {
      const card = app.call('registry.scorecard', { year }, viewer)
      const row = card.rows.find((r) => r.unionId === unionId)!
      return row.checks.find((c) => c.rule === rule)!
    },
  }
  return o
}

/** Async methods (imports, exports, templates) go through router.call like every transport. */
export async function callAsync(app: TestApp, method: string, input: unknown, token: string) {
  return app.router.call(method, input, { token }, 'http')
}

/** A one-sheet workbook with a header row, base64 as the upload field carries it. */
export async function xlsxBase64(header: string[], rows: (string | number | Date | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Sheet1')
  sheet.addRow(header)
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

export async function loadWorkbook(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer)
  return workbook
}
