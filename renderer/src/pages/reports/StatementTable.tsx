import { useMemo, type ReactNode } from 'react'
import { Alert, Dropdown } from 'antd'
import type { BalanceSheet, IncomeStatement, StatementRow } from '../../../../electron/shared/contract/reports'
import { Money } from '../../components/Money'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { useChart } from '../ledger/useChart'
import { CheckTags } from './parts'
import type { ReportProps } from './routes'
import { drillCodes, statementLines, type NumberedRow } from './statements'

export interface Drill {
  /** Account names by code, for the drill-down menu. */
  names: Map<string, string>
  /** Opens an account's 明细账 over the months behind a column. */
  open: (code: string, column: number) => void
}

interface Props {
  /** 资产 | 负债和净资产 (工会01表) or 项目 (工会02表). */
  sideTitles: string[]
  sides: StatementRow[][]
  columns: string[]
  drill?: Drill
}

/** A 工会01表/02表 in its official layout: item, 行次 and the amount columns, per side. */
export function StatementTable({ sideTitles, sides, columns, drill }: Props) {
  const lines = statementLines(sides)
  return (
    <table className="ud-statement">
      <thead>
        <tr>
          {sideTitles.map((title) => [
            <th key={title} className="ud-statement-item">
              {title}
            </th>,
            <th key={`${title}-no`} className="ud-statement-no">
              行次
            </th>,
            ...columns.map((c) => (
              <th key={`${title}-${c}`} className="ud-statement-amount">
                {c}
              </th>
            )),
          ])}
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => (
          <tr key={i}>
            {line.map((row, side) => (
              <Cells key={side} row={row} columns={columns.length} drill={drill} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Cells({ row, columns, drill }: { row: NumberedRow | undefined; columns: number; drill?: Drill }) {
  if (!row) return <td colSpan={columns + 2} />
  const codes = drillCodes(row)
  return (
    <>
      <td className={`ud-statement-item ud-statement-level${row.level}`}>{row.label}</td>
      <td className="ud-statement-no">{row.lineNo}</td>
      {row.values.map((fen, column) => (
        <td key={column} className="ud-statement-amount">
          {drill && codes.length && fen !== 0 ? (
            <Dropdown
              trigger={['click']}
              menu={{
                items: codes.map((code) => ({ key: code, label: `${code} ${drill.names.get(code) ?? ''} 明细账` })),
                onClick: ({ key }) => drill.open(key, column),
              }}
            >
              <a className="ud-drill" title="查看构成此数的科目明细账">
                <Money fen={fen} strong={row.level === 0} />
              </a>
            </Dropdown>
          ) : (
            <Money fen={fen} strong={row.level === 0} />
          )}
        </td>
      ))}
    </>
  )
}

/** Drill-down from a statement amount: the accounts behind it, each opening its 明细账 over the column's months. */
export function useStatementDrill(go: ReportProps['go'], monthsOf: (column: number) => { from: string; to: string }): Drill {
  const ledger = useCurrentLedger()
  const { chart } = useChart(ledger.id)
  const names = useMemo(() => new Map(chart.accounts.map((a) => [a.code, a.fullName])), [chart])
  return { names, open: (code, column) => go({ tab: 'detail', arg: code, ...monthsOf(column) }) }
}

/** What the core says about the figures (a month not yet closed, a 汇总's members), printed under the statement. */
export function StatementNotes({ notes }: { notes: string[] }) {
  if (!notes.length) return null
  return (
    <Alert
      className="ud-report-notes"
      type="info"
      showIcon
      title={notes.map((n) => (
        <div key={n}>{n}</div>
      ))}
    />
  )
}

/** A whole statement under its heading: the table, its checks (and any the page adds), then the core's notes. */
export function StatementBody({ statement: s, drill, children }: { statement: BalanceSheet | IncomeStatement; drill?: Drill; children?: ReactNode }) {
  const balance = 'assets' in s
  return (
    <>
      <StatementTable sideTitles={balance ? ['资产', '负债和净资产'] : ['项目']} sides={balance ? [s.assets, s.liabilities] : [s.rows]} columns={s.columns} drill={drill} />
      <CheckTags checks={s.checks} />
      {children}
      <StatementNotes notes={s.notes} />
    </>
  )
}
