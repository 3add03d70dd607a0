import { useRef, useState } from 'react'
import { App, Button, Modal, Progress, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { call, subscribeProgress } from '../api/client'
import type { MethodInput } from '../../../electron/shared/contract'
import { saveExport } from '../download'

/** A long export shows its progress dialog after this long; a short one never flashes it. */
const SHOW_PROGRESS_AFTER_MS = 600

/** Job ids from getRandomValues: crypto.randomUUID needs a secure context, which a LAN address is not. */
function newJobId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
}

interface Job {
  id: string
  done: number
  total: number
  cancelling: boolean
  visible: boolean
}

/**
 * 导出 Excel for any book or statement: the core streams the printable workbook into a file while
 * this shows rows written / expected (with 取消) for a long one; then the file is saved (desktop: the
 * save dialog) or downloaded (browser).
 */
export function ReportExportButton({ input, label = '导出 Excel' }: { input: MethodInput<'reports.export'>; label?: string }) {
  const { message } = App.useApp()
  const [job, setJob] = useState<Job | null>(null)
  const cancelled = useRef(false)

  const start = async () => {
    const id = newJobId()
    cancelled.current = false
    setJob({ id, done: 0, total: 0, cancelling: false, visible: false })
    const timer = setTimeout(() => setJob((j) => j && { ...j, visible: true }), SHOW_PROGRESS_AFTER_MS)
    const stop = subscribeProgress((e) => {
      if (e.jobId === id) setJob((j) => j && { ...j, done: e.done, total: e.total })
    })
    try {
      const result = await call('reports.export', { ...input, jobId: id })
      clearTimeout(timer)
      setJob(null)
      const saved = await saveExport(result.download, result.fileName)
      if (saved) message.success(saved)
    } catch (e) {
      if (cancelled.current) message.info('已取消导出，没有生成文件')
      else message.error((e as Error).message)
    } finally {
      clearTimeout(timer)
      stop()
      setJob(null)
    }
  }

  const cancel = async () => {
    if (!job) return
    cancelled.current = true
    setJob({ ...job, cancelling: true })
    try {
      await call('reports.cancelExport', { jobId: job.id })
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  const percent = job && job.total ? Math.min(99, Math.floor((job.done * 100) / job.total)) : 0
  return (
    <>
      <Button icon={<DownloadOutlined />} loading={job !== null} onClick={start}>
        {label}
      </Button>
      <Modal
        open={job?.visible ?? false}
        title="正在导出 Excel"
        closable={false}
        mask={{ closable: false }}
        footer={
          <Button onClick={cancel} loading={job?.cancelling} data-testid="export-cancel">
            取消
          </Button>
        }
      >
        <Progress percent={percent} status="active" />
        <Typography.Text type="secondary">
          已写入 {(job?.done ?? 0).toLocaleString()} 行{job?.total ? ` / 约 ${job.total.toLocaleString()} 行` : ''}
        </Typography.Text>
      </Modal>
    </>
  )
}
