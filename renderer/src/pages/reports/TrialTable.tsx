import { Table, type TableColumnsType } from 'antd'
import type { ConsolidatedTrialRow } from '../../../../electron/shared/contract/reports'
import { Money } from '../../components/Money'
import { AccountLink, CheckTags, moneyColumn } from './parts'
import { ReportTable } from './ReportTable'
import { TRIAL_KEYS, trialChecks, type TrialAmounts } from './statements'

type Row = ConsolidatedTrialRow & { level?: number }

const GROUPS: [string, (typeof TRIAL_KEYS)[number], (typeof TRIAL_KEYS)[number]][] = [
  ['期初余额', 'openingDebit', 'openingCredit'],
  ['本期发生额', 'debit', 'credit'],
  ['本年累计发生额', 'yearDebit', 'yearCredit'],
  ['期末余额', 'closingDebit', 'closingCredit'],
]

interface Props {
  rows: Row[] | undefined
  totals: TrialAmounts | undefined
  loading: boolean
  /** Opens the account's 明细账 (one 账套 only). */
  onAccount?: (code: string) => void
  /** 辅助核算-filtered: no balances (openings carry no tags), and 借 = 贷 need not hold. */
  movementsOnly?: boolean
}

const MOVEMENT_GROUPS = GROUPS.slice(1, 3)

/** 科目余额表: 期初, 本期, 本年累计 and 期末, each 借/贷, with the totals line and its 借 = 贷 checks. */
export function TrialTable({ rows, totals, loading, onAccount, movementsOnly }: Props) {
  const groups = movementsOnly ? MOVEMENT_GROUPS : GROUPS
  const keys = groups.flatMap(([, debit, credit]) => [debit, credit])
  const columns: TableColumnsType<Row> = [
    { title: '科目编码', dataIndex: 'code', width: 104, fixed: 'left', render: (code: string) => <AccountLink code={code} onOpen={onAccount} /> },
    {
      title: '科目名称',
      dataIndex: 'name',
      width: 180,
      fixed: 'left',
      ellipsis: true,
      // Sub-accounts are indented under their parent, as in the chart.
      render: (name: string, row) => <span style={{ paddingLeft: ((row.level ?? 1) - 1) * 14 }}>{name}</span>,
    },
    ...groups.map(([title, debit, credit]) => ({ title, children: [moneyColumn<Row>('借方', debit), moneyColumn<Row>('贷方', credit)] })),
  ]
  return (
    <>
      <ReportTable<Row>
        rowKey="code"
        columns={columns}
        dataSource={rows}
        loading={loading}
        rowClassName={(r) => ((r.level ?? 1) === 1 ? 'ud-trial-level1' : '')}
        emptyText="所选期间没有余额或发生额"
        summary={() =>
          totals && (
            <Table.Summary fixed>
              <Table.Summary.Row className="ud-book-year">
                <Table.Summary.Cell index={0} colSpan={2}>
                  合计
                </Table.Summary.Cell>
                {keys.map((k, i) => (
                  <Table.Summary.Cell key={k} index={i + 2} align="right">
                    <Money fen={totals[k]} strong />
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
      />
      {totals && !movementsOnly && <CheckTags checks={trialChecks(totals)} />}
    </>
  )
}
