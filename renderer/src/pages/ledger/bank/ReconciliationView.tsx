import { Alert, Table, Typography } from 'antd'
import type { Reconciliation } from '../../../../../electron/shared/contract/bank'
import { formatFen } from '../../../../../electron/shared/money'
import { Money } from '../../../components/Money'

type Pending = Reconciliation['bookInNotBank'][number]
const total = (list: Pending[]) => list.reduce((n, p) => n + p.amount, 0)

/** 银行存款余额调节表 in the standard two-sided layout, then every 未达账项 with its age. */
export function ReconciliationView({ r, orgName }: { r: Reconciliation; orgName: string }) {
  const rows = [
    { key: 1, a: '银行对账单余额', x: r.bankBalance, b: '单位银行存款日记账余额', y: r.bookBalance },
    { key: 2, a: '加：企业已收银行未收', x: total(r.bookInNotBank), b: '加：银行已收企业未收', y: total(r.bankInNotBook) },
    { key: 3, a: '减：企业已付银行未付', x: total(r.bookOutNotBank), b: '减：银行已付企业未付', y: total(r.bankOutNotBook) },
    { key: 4, a: '调节后余额', x: r.adjustedBank, b: '调节后余额', y: r.adjustedBook },
  ]
  const details = [
    ...r.bookInNotBank.map((p) => ({ ...p, side: '企业已收银行未收' })),
    ...r.bookOutNotBank.map((p) => ({ ...p, side: '企业已付银行未付' })),
    ...r.bankInNotBook.map((p) => ({ ...p, side: '银行已收企业未收' })),
    ...r.bankOutNotBook.map((p) => ({ ...p, side: '银行已付企业未付' })),
  ]
  const strong = (i: number, v: number) => <Money fen={v} strong={i === 3} />
  return (
    <div className="ud-reconciliation">
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        银行存款余额调节表
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        编制单位：{orgName}　　{r.bankAccount.bankName} {r.bankAccount.number}（{r.bankAccount.accountCode} {r.bankAccount.accountName}）　　{r.endDate}　　单位：元
      </Typography.Paragraph>
      {r.balanced ? (
        <Alert type="success" showIcon title="调节后余额相等" style={{ marginBottom: 12 }} />
      ) : (
        <Alert type="error" showIcon title={`调节后余额不相等，差额 ${formatFen(r.adjustedBank - r.adjustedBook)} 元：请核查未勾对的款项和记账差错`} style={{ marginBottom: 12 }} />
      )}
      <Table
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        aria-label="余额调节表"
        columns={[
          { title: '项目', dataIndex: 'a' },
          { title: '金额', dataIndex: 'x', align: 'right', width: 160, render: (v: number, _row, i) => strong(i, v) },
          { title: '项目', dataIndex: 'b' },
          { title: '金额', dataIndex: 'y', align: 'right', width: 160, render: (v: number, _row, i) => strong(i, v) },
        ]}
      />
      {r.stale.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`超过 ${r.staleDays} 天的未达账项 ${r.stale.length} 笔`}
          description={r.stale.map((p) => `${p.side}：${p.date} ${p.summary} ${formatFen(p.amount)}（${p.days} 天）`).join('；')}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        未达账项明细
      </Typography.Title>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey={(p) => `${p.side}|${p.date}|${p.summary}|${p.amount}|${p.voucher}`}
        dataSource={details}
        locale={{ emptyText: '没有未达账项' }}
        columns={[
          { title: '类别', dataIndex: 'side', width: 150 },
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '摘要', dataIndex: 'summary' },
          { title: '凭证', dataIndex: 'voucher', width: 80 },
          { title: '金额', dataIndex: 'amount', align: 'right', width: 130, render: (v: number) => <Money fen={v} /> },
          { title: '未达天数', dataIndex: 'days', align: 'right', width: 90 },
        ]}
      />
      <div className="print-only" style={{ marginTop: 24, justifyContent: 'space-between' }}>
        <span>财务负责人：</span>
        <span>出纳：</span>
        <span>制表：</span>
      </div>
    </div>
  )
}
