import { useEffect, useState } from 'react'
import { FolderOpenOutlined, LockOutlined, PrinterOutlined, UnlockOutlined } from '@ant-design/icons'
import { App, Button, Card, DatePicker, Descriptions, Input, InputNumber, Modal, Progress, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { call, subscribeProgress } from '../../api/client'
import { downloadBase64, saveExport } from '../../download'
import { formatDateTime } from '../../format'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { useBudgetPermissions } from '../budget/access'

/**
 * 年度归档 of the year (a zip with manifest.json and 清单.xlsx), 封存 / 解除封存 (系统管理员, with a reason),
 * and 凭证批量打印 of a month or a number range with its 凭证封面.
 */
export function ArchiveCard({ year, closed, onChange }: { year: number; closed: boolean; onChange: () => void }) {
  const ledger = useCurrentLedger()
  const { recorder, admin } = useBudgetPermissions()
  const status = useCall('yearend.archiveStatus', { ledgerId: ledger.id, year })
  const { run, busy } = useAction()
  const { modal } = App.useApp()
  const [reason, setReason] = useState('')
  const [unsealing, setUnsealing] = useState(false)
  // The year's first month the 账套 has (its start month in the start year).
  const firstMonth = ledger.startPeriod > `${year}-01` ? ledger.startPeriod : `${year}-01`
  const [month, setMonth] = useState(firstMonth)
  useEffect(() => setMonth(firstMonth), [firstMonth])
  const [range, setRange] = useState<{ from?: number; to?: number }>({})
  const s = status.data
  const refresh = () => {
    status.reload()
    onChange()
  }
  const [progress, setProgress] = useState<{ title: string; percent: number } | null>(null)
  const archive = () =>
    run(async () => {
      const jobId = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
      const stop = subscribeProgress((e) => {
        if (e.jobId === jobId) setProgress(e.finished ? null : { title: e.title, percent: e.total ? Math.min(99, Math.floor((e.done * 100) / e.total)) : 0 })
      })
      try {
        const r = await call('yearend.archive', { ledgerId: ledger.id, year, jobId })
        return (await saveExport(r.download, r.fileName)) ?? undefined
      } finally {
        stop()
        setProgress(null)
      }
    })
  const seal = () =>
    modal.confirm({
      title: `封存 ${year} 年会计档案？`,
      content: '封存后决算报告、附注和说明书不能再修改；解除封存须由系统管理员写明原因。',
      okText: '封存',
      onOk: () =>
        run(async () => {
          await call('yearend.seal', { ledgerId: ledger.id, year })
          refresh()
          return `已封存 ${year} 年会计档案`
        }),
    })
  const unseal = () =>
    run(async () => {
      await call('yearend.unseal', { ledgerId: ledger.id, year, reason })
      setUnsealing(false)
      refresh()
      return '已解除封存，原因已记入操作日志'
    })
  const print = () =>
    run(async () => {
      const { fileName, content } = await call('yearend.printVouchers', { ledgerId: ledger.id, period: month, fromNumber: range.from, toNumber: range.to, format: 'pdf' })
      downloadBase64(fileName, content)
    })

  return (
    <Card size="small" title="会计档案">
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="状态">{s?.sealedAt ? <Typography.Text type="success">已封存</Typography.Text> : '未封存'}</Descriptions.Item>
        <Descriptions.Item label="封存时间">{s?.sealedAt ? `${formatDateTime(s.sealedAt)}（${s.sealedBy}）` : '—'}</Descriptions.Item>
        <Descriptions.Item label="文件数">{s?.files || '—'}</Descriptions.Item>
      </Descriptions>
      <Space wrap>
        <Button icon={<FolderOpenOutlined />} loading={busy} disabled={!closed || !recorder} onClick={archive}>
          生成年度归档（zip）
        </Button>
        {!s?.sealedAt && (
          <Button icon={<LockOutlined />} disabled={!closed || !recorder} onClick={seal}>
            封存
          </Button>
        )}
        {s?.sealedAt && admin && (
          <Button icon={<UnlockOutlined />} onClick={() => setUnsealing(true)}>
            解除封存
          </Button>
        )}
      </Space>
      {progress && <Progress percent={progress.percent} size="small" status="active" format={() => progress.title} style={{ marginTop: 8 }} />}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        归档包含按月的记账凭证 PDF（附凭证封面）、报账附件、总账、明细账、日记账、科目余额表、每月 01/02 表和决算报告，顶层的 manifest.json 与 清单.xlsx 列出每个文件的 SHA-256
        和保管期限；可用 <Typography.Text code>uniondesk archive verify</Typography.Text> 校验。
      </Typography.Paragraph>
      <Space wrap>
        <Typography.Text strong>凭证批量打印：</Typography.Text>
        <DatePicker picker="month" aria-label="打印月份" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} />
        <InputNumber aria-label="起始凭证号" min={1} placeholder="起始号" value={range.from} onChange={(n) => setRange((r) => ({ ...r, from: n ?? undefined }))} />
        <InputNumber aria-label="截止凭证号" min={1} placeholder="截止号" value={range.to} onChange={(n) => setRange((r) => ({ ...r, to: n ?? undefined }))} />
        <Button icon={<PrinterOutlined />} loading={busy} onClick={print}>
          打印凭证（PDF）
        </Button>
      </Space>
      <Modal
        title={`解除 ${year} 年会计档案封存`}
        open={unsealing}
        okText="解除封存"
        okButtonProps={{ disabled: reason.trim().length < 4, loading: busy }}
        onOk={unseal}
        onCancel={() => setUnsealing(false)}
      >
        <Input.TextArea aria-label="原因" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="写明原因（记入操作日志）" />
      </Modal>
    </Card>
  )
}
