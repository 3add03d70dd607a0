import type { Ref } from 'react'
import { DeleteOutlined } from '@ant-design/icons'
import { Button, Input, Tooltip, type InputRef, type RefSelectProps } from 'antd'
import type { AccountRow } from '../../../../../electron/shared/contract/ledgers'
import { AmountInput } from '../../../components/AmountInput'
import { accountLabel, matchAccount, type AccountOption } from '../useChart'
import { AuxCell, type AuxProps } from './AuxCell'
import type { DraftLine, Side } from './draft'
import { GridSelect } from './GridSelect'
import type { Column } from './useGridFocus'

export interface LineRowProps {
  index: number
  line: DraftLine
  account: AccountRow | undefined
  accountOptions: AccountOption[]
  projects: AuxProps['projects']
  errors: Partial<Record<Column, string>>
  register: (key: number, column: Column) => (el: InputRef | RefSelectProps | null) => void
  onChange: (index: number, patch: Partial<DraftLine>) => void
  onEnter: (index: number, column: Column) => void
  onEquals: (index: number, side: Side) => void
  onSpace: (index: number, side: Side) => void
  onRemove: (index: number) => void
}

const cellClass = (error?: string) => (error ? 'ud-cell-error' : undefined)

/** One line of the voucher grid: 摘要 | 科目 | 借方 | 贷方 | 辅助核算. */
export function LineRow({ index, line, account, accountOptions, projects, errors, register, onChange, onEnter, onEquals, onSpace, onRemove }: LineRowProps) {
  const n = index + 1
  const enterOn = (column: Column) => (e: { key: string; preventDefault: () => void; nativeEvent: KeyboardEvent }) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return
    e.preventDefault()
    onEnter(index, column)
  }
  const amount = (side: Side) => (
    <td className={cellClass(errors[side])} title={errors[side]}>
      <AmountInput
        ref={register(line.key, side) as Ref<InputRef>}
        aria-label={`第${n}行${side === 'debit' ? '借方金额' : '贷方金额'}`}
        variant="borderless"
        value={line[side]}
        error={Boolean(errors[side])}
        onChange={(text) => onChange(index, { [side]: text })}
        onEquals={() => onEquals(index, side)}
        onSpace={() => onSpace(index, side)}
        onKeyDown={enterOn(side)}
      />
    </td>
  )
  return (
    <tr>
      <td className="ud-row-no">{n}</td>
      <td className={cellClass(errors.summary)} title={errors.summary}>
        <Input
          ref={register(line.key, 'summary') as Ref<InputRef>}
          aria-label={`第${n}行摘要`}
          variant="borderless"
          value={line.summary}
          maxLength={100}
          autoComplete="off"
          onFocus={(e) => e.target.select()}
          onChange={(e) => onChange(index, { summary: e.target.value })}
          onKeyDown={enterOn('summary')}
        />
      </td>
      <td className={cellClass(errors.account)} title={errors.account}>
        <GridSelect<number | null, AccountOption>
          aria-label={`第${n}行会计科目`}
          selectRef={register(line.key, 'account') as Ref<RefSelectProps>}
          variant="borderless"
          placeholder="编码、名称或助记码"
          showSearch={{ filterOption: matchAccount }}
          value={line.accountId}
          options={accountOptions}
          labelRender={() => (account ? accountLabel(account) : line.accountId)}
          style={{ width: '100%' }}
          popupMatchSelectWidth={360}
          onChange={(accountId) => onChange(index, { accountId })}
          onEnter={() => onEnter(index, 'account')}
        />
      </td>
      {amount('debit')}
      {amount('credit')}
      <td className={cellClass(errors.fundNature ?? errors.spendType ?? errors.project)}>
        <AuxCell
          line={line}
          account={account}
          projects={projects}
          errors={errors}
          register={(column) => register(line.key, column)}
          onChange={(patch) => onChange(index, patch)}
          onEnter={(column) => onEnter(index, column)}
        />
      </td>
      <td className="ud-row-actions">
        <Tooltip title="删除此行">
          <Button type="text" size="small" tabIndex={-1} aria-label={`删除第${n}行`} icon={<DeleteOutlined />} onClick={() => onRemove(index)} />
        </Tooltip>
      </td>
    </tr>
  )
}
