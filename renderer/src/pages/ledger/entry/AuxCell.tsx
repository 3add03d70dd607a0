import { Input, type InputRef, type RefSelectProps } from 'antd'
import type { Ref } from 'react'
import type { AccountRow } from '../../../../../electron/shared/contract/ledgers'
import { FUND_NATURE_LABELS, FUND_NATURES, SPEND_TYPE_LABELS, SPEND_TYPES } from '../../../../../electron/shared/ledger-terms'
import type { DraftLine } from './draft'
import { GridSelect } from './GridSelect'
import type { Column } from './useGridFocus'

interface Option {
  value: string | number
  label: string
  /** Label and pinyin initials, upper-case: 非专项 is found by typing F. */
  search: string
}

const INITIALS: Record<string, string> = { special: 'ZX', general: 'FZX', basic: 'JBZC', project: 'XMZC' }
const fundOptions: Option[] = FUND_NATURES.map((v) => ({ value: v, label: FUND_NATURE_LABELS[v], search: `${INITIALS[v]} ${FUND_NATURE_LABELS[v]}` }))
const spendOptions: Option[] = SPEND_TYPES.map((v) => ({ value: v, label: SPEND_TYPE_LABELS[v], search: `${INITIALS[v]} ${SPEND_TYPE_LABELS[v]}` }))
const filter = { filterOption: (input: string, option?: Option) => !option || option.search.includes(input.trim().toUpperCase()) }

export interface AuxProps {
  line: DraftLine
  account: AccountRow | undefined
  projects: Option[]
  errors: Partial<Record<Column, string>>
  register: (column: Column) => (el: RefSelectProps | InputRef | null) => void
  onChange: (patch: Partial<DraftLine>) => void
  onEnter: (column: Column) => void
}

/** 辅助核算 of a line: 资金性质 on income and expenditure, 基本/项目支出 (+项目) on expenditure, 往来单位 optional. */
export function AuxCell({ line, account, projects, errors, register, onChange, onEnter }: AuxProps) {
  const select = (column: Column, label: string, options: Option[], value: string | number | null, width: number) => (
    <GridSelect<string | number | null, Option>
      aria-label={label}
      placeholder={label}
      variant="borderless"
      size="small"
      status={errors[column] ? 'error' : undefined}
      showSearch={filter}
      value={value}
      options={options}
      style={{ width }}
      popupMatchSelectWidth={false}
      selectRef={register(column) as Ref<RefSelectProps>}
      onChange={(v) => onChange({ [column === 'project' ? 'projectId' : column]: v })}
      onEnter={() => onEnter(column)}
    />
  )
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
      {account?.needsFundNature && select('fundNature', '资金性质', fundOptions, line.fundNature, 86)}
      {account?.needsSpendType && select('spendType', '支出类型', spendOptions, line.spendType, 96)}
      {line.spendType === 'project' && select('project', '项目', projects, line.projectId, 130)}
      <Input
        ref={register('counterpart') as Ref<InputRef>}
        aria-label="往来单位"
        placeholder="往来单位"
        variant="borderless"
        size="small"
        value={line.counterpart}
        maxLength={60}
        style={{ flex: 1, minWidth: 80 }}
        onChange={(e) => onChange({ counterpart: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onEnter('counterpart')
        }}
      />
    </div>
  )
}
