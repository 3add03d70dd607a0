import { DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Spin, Table, Typography } from 'antd'
import type { StateAssetsReport } from '../../../../../electron/shared/contract/assets'
import { call } from '../../../api/client'
import { LoadError } from '../../../components/LoadError'
import { Money } from '../../../components/Money'
import { downloadBase64 } from '../../../download'
import { useAction } from '../../../hooks/useAction'
import { useCall } from '../../../hooks/useCall'

type Row = StateAssetsReport['rows'][number] & { line: number }

/** 工会附02表 国有资产情况表 of a year, with its Excel (the page's 打印 prints it as shown). */
export function StateReportView({ ledgerId, year }: { ledgerId: number; year: number }) {
  const report = useCall('assets.stateReport', { ledgerId, year })
  const { run, busy } = useAction()
  const download = async () => {
    const file = await call('assets.exportStateReport', { ledgerId, year })
    downloadBase64(file.fileName, file.content)
  }
  if (report.error) return <LoadError error={report.error} onRetry={report.reload} />
  if (!report.data) return <Spin />
  const r = report.data
  return (
    <>
      <div className="no-print" style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} loading={busy} onClick={() => run(download)}>
          导出国有资产情况表
        </Button>
      </div>
      <Typography.Title level={5} style={{ textAlign: 'center' }}>
        国有资产情况表
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'right' }}>工会附02表　{year}年　单位：元</Typography.Paragraph>
      {!r.hasDetail && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="本账套没有国有资产明细" />}
      <Table<Row>
        size="small"
        bordered
        rowKey="label"
        pagination={false}
        aria-label="国有资产情况表"
        dataSource={r.rows.map((row, i) => ({ ...row, line: i + 1 }))}
        columns={[
          { title: '项目', dataIndex: 'label', render: (v: string, row) => (row.total ? <strong>{v}</strong> : v) },
          { title: '行次', dataIndex: 'line', width: 60, align: 'center' },
          { title: '年初余额', dataIndex: 'opening', width: 160, align: 'right', render: (v: number, row) => <Money fen={v} strong={row.total} /> },
          { title: '年末余额', dataIndex: 'closing', width: 160, align: 'right', render: (v: number, row) => <Money fen={v} strong={row.total} /> },
        ]}
      />
      {r.notes.map((n) => (
        <Typography.Paragraph key={n} type="secondary" style={{ marginTop: 8 }}>
          注：{n}
        </Typography.Paragraph>
      ))}
    </>
  )
}
