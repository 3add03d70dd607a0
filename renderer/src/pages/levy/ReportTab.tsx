import { useState } from 'react'
import { Column } from '@ant-design/plots'
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button, Card, Input, Space, Table, Typography } from 'antd'
import type { StreetLedger } from '../../../../electron/shared/contract/funding'
import type { LevyReportRow } from '../../../../electron/shared/contract/levy'
import { formatPercent } from '../../../../electron/shared/rate'
import { call } from '../../api/client'
import { downloadBase64 } from '../../download'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { printPage } from '../../print'

const money = (fen: number, r: LevyReportRow) => <Money fen={fen} strong={r.level !== 'enterprise'} />
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** 经费收缴情况表 per 小二级 and enterprise, year on year, with 实缴 by month; Excel and print. */
export function ReportTab({ street, year }: { street: StreetLedger; year: number }) {
  const [range, setRange] = useState({ from: `${year}-01`, to: `${year}-12` })
  const ok = MONTH.test(range.from) && MONTH.test(range.to)
  const report = useCall('levy.report', { ledgerId: street.ledgerId, year, ...(ok ? range : {}) })
  const { run, busy } = useAction()
  const exportExcel = () =>
    run(async () => {
      const { fileName, content } = await call('levy.export', { ledgerId: street.ledgerId, year })
      downloadBase64(fileName, content)
    })
  if (report.error) return <LoadError error={report.error} onRetry={report.reload} />
  const r = report.data
  const bars = (r?.months ?? []).flatMap((m) => [
    { month: `${Number(m.period.slice(5))}月`, series: `${year} 年实缴`, value: m.paid / 100 },
    { month: `${Number(m.period.slice(5))}月`, series: `${year - 1} 年同期`, value: m.lastYearPaid / 100 },
  ])
  const monthInput = (end: 'from' | 'to', label: string) => (
    <Input
      aria-label={label}
      style={{ width: 100 }}
      value={range[end]}
      status={MONTH.test(range[end]) ? undefined : 'error'}
      onChange={(e) => setRange({ ...range, [end]: e.target.value })}
    />
  )
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space className="no-print" wrap>
        <span>月份</span>
        {monthInput('from', '起始月份')}
        <span>至</span>
        {monthInput('to', '截止月份')}
        <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void exportExcel()}>
          导出 Excel（全年）
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => void printPage({ fileName: `经费收缴情况表-${year}`, landscape: true })}>
          打印
        </Button>
      </Space>
      <div>
        <Typography.Title level={4} style={{ textAlign: 'center', marginBottom: 4 }}>
          {r?.title ?? '经费收缴情况表'}
        </Typography.Title>
        <Typography.Paragraph style={{ textAlign: 'center' }} type="secondary">
          编制单位：{r?.orgName}　　{r?.range}　　单位：元
        </Typography.Paragraph>
        <Table<LevyReportRow>
          size="small"
          bordered
          rowKey="key"
          loading={report.loading}
          dataSource={r?.rows}
          pagination={false}
          scroll={{ x: 1200 }}
          rowClassName={(x) => (x.level === 'enterprise' ? '' : 'ud-row-total')}
          columns={[
            {
              title: '小二级 / 企业',
              dataIndex: 'name',
              width: 260,
              fixed: 'left',
              render: (n: string, x) => (x.level === 'enterprise' ? <span style={{ paddingLeft: 20 }}>{n}</span> : <b>{n}</b>),
            },
            { title: '统一社会信用代码', dataIndex: 'uscc', width: 170 },
            { title: '工资总额', dataIndex: 'payroll', width: 130, align: 'right', render: money },
            { title: '应缴', dataIndex: 'due', width: 110, align: 'right', render: money },
            { title: '实缴', dataIndex: 'paid', width: 110, align: 'right', render: money },
            { title: '缴纳率', dataIndex: 'rateBp', width: 84, align: 'right', render: formatPercent },
            { title: '返拨', dataIndex: 'returned', width: 110, align: 'right', render: money },
            {
              title: '欠缴',
              dataIndex: 'arrears',
              width: 110,
              align: 'right',
              render: (f: number, x) => (f ? <Typography.Text type="danger">{money(f, x)}</Typography.Text> : money(f, x)),
            },
            { title: '上年同期实缴', dataIndex: 'lastYearPaid', width: 120, align: 'right', render: money },
          ]}
        />
      </div>
      <Card size="small" title="实缴按月（元）">
        <Column height={260} data={bars} xField="month" yField="value" colorField="series" group axis={{ x: { title: false }, y: { title: false } }} />
      </Card>
    </Space>
  )
}
