import { Select, Tag } from 'antd'
import type { ExportKind } from '../../../../electron/shared/contract/registry-reports'
import type { RegistryImportKind } from '../../../../electron/shared/contract/imports'
import { CHECK_STATUS_LABELS, type CheckStatus } from '../../../../electron/shared/registry-terms'
import { call } from '../../api/client'
import { ImportButton } from '../../components/ImportDialog'
import { useAction } from '../../hooks/useAction'
import { useSession } from '../../session'
import { ExcelButton } from '../../components/ExcelButton'

/** Everyone in the section reads; only the 系统管理员 sees write buttons (the core refuses others anyway). */
export function useRegistryWriter(): boolean {
  return useSession().user.roles.includes('admin')
}

/** One colour per verdict, shared by the scorecard tags and the dashboard's colour grid. */
export const STATUS_COLORS: Record<CheckStatus, string> = {
  pass: '#52c41a',
  warn: '#faad14',
  fail: '#ff4d4f',
  no_data: '#d9d9d9',
  unchecked: '#bfbfbf',
}
const TAG_COLORS: Record<CheckStatus, string> = { pass: 'success', warn: 'warning', fail: 'error', no_data: 'default', unchecked: 'default' }

export function StatusTag({ status }: { status: CheckStatus }) {
  return <Tag color={TAG_COLORS[status]}>{CHECK_STATUS_LABELS[status]}</Tag>
}

/** The years offered in every year selector: the current one and the nine before it. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const now = new Date().getFullYear()
  const years = Array.from({ length: 10 }, (_, i) => now - i)
  return <Select aria-label="年度" value={value} onChange={onChange} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: `${y} 年` }))} />
}

/** 导出: the core writes the printable workbook, the browser saves it. */
export function ExportButton({ kind, year, label }: { kind: ExportKind; year?: number; label?: string }) {
  return <ExcelButton label={label} workbook={() => call('registry.export', { kind, year })} />
}

/** 删除 of a named row (工会, 企业): the call, the list's reload, and “名称”已删除 (or the server's refusal). */
export function useRemoveNamed(method: 'unions.delete' | 'enterprises.delete', reload: () => void) {
  const { run } = useAction()
  return (row: { id: number; name: string }) =>
    run(async () => {
      await call(method, { id: row.id })
      reload()
      return `“${row.name}”已删除`
    })
}

const IMPORT_TEXTS: Record<RegistryImportKind, { label: string; intro: string }> = {
  unions: { label: '导入工会组织', intro: '按工会编码更新已登记的组织，其余新增；上级工会须已登记或在文件中更靠前的行。' },
  enterprises: { label: '导入企业名单', intro: '每年一份名单；按统一社会信用代码（没有时按企业名称）更新已登记的企业。' },
  committee: { label: '导入委员会成员', intro: '同一小二级内按姓名更新。' },
  staff: { label: '导入专职工作者', intro: '同一小二级内按姓名更新。' },
  stations: { label: '导入服务站点', intro: '同一工会内按站点名称更新。' },
  surveys: { label: '导入年度调查', intro: '同一小二级每年一份调查，再次导入时更新。' },
}

/** 导入 for one registry template; write access only. */
export function RegistryImportButton({ kind, onDone }: { kind: RegistryImportKind; onDone: () => void }) {
  const { label, intro } = IMPORT_TEXTS[kind]
  if (!useRegistryWriter()) return null
  return (
    <ImportButton
      label={label}
      title={`从 Excel ${label}`}
      templateKind={kind}
      intro={intro}
      onImport={async (upload) => {
        const r = await call('import.registry', { kind, ...upload })
        onDone()
        return `已导入 ${r.rows} 行：新增 ${r.created}，更新 ${r.updated}`
      }}
    />
  )
}
