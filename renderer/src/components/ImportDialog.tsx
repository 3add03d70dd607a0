import { useEffect, useState, type ReactNode } from 'react'
import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd'
import type { IMPORT_KINDS } from '../../../electron/shared/contract/imports'
import { AppError, rowErrorsOf } from '../../../electron/shared/errors'
import { call } from '../api/client'
import { downloadBase64, readUpload } from '../download'

interface Props {
  title: string
  open: boolean
  onClose: () => void
  /** Which published template the 下载模板 button gives (none for files made elsewhere, e.g. bank statements). */
  templateKind?: (typeof IMPORT_KINDS)[number]
  /** File types accepted; .xlsx unless said. */
  accept?: string
  /** Runs the import; resolves to the success message. */
  onImport: (upload: { fileName: string; content: string }) => Promise<string>
  /** What the user should know before importing (shown above the upload area). */
  intro?: ReactNode
}

/**
 * Template download, file pick and import in one dialog. Imports are all-or-nothing: when the core
 * refuses a file, every bad row is listed with its Excel row number, and nothing was written.
 */
export function ImportDialog({ title, open, onClose, templateKind, onImport, intro, accept = '.xlsx' }: Props) {
  const { message } = App.useApp()
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)

  useEffect(() => {
    if (!open) return
    setFile(null)
    setFailure(null)
  }, [open])

  const template = async () => {
    try {
      if (!templateKind) return
      const { fileName, content } = await call('import.template', { kind: templateKind })
      downloadBase64(fileName, content)
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  const run = async () => {
    if (!file) return
    setBusy(true)
    setFailure(null)
    try {
      message.success(await onImport(await readUpload(file)))
      onClose()
    } catch (e) {
      setFailure(e instanceof AppError ? e : new AppError('INTERNAL', String(e)))
    } finally {
      setBusy(false)
    }
  }

  const rows = failure ? rowErrorsOf(failure) : []
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      width={720}
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="ok" type="primary" loading={busy} disabled={!file} onClick={run}>
          导入
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {intro}
        {templateKind && (
          <Button icon={<DownloadOutlined />} onClick={template}>
            下载导入模板
          </Button>
        )}
        <Upload.Dragger
          accept={accept}
          maxCount={1}
          beforeUpload={(picked) => {
            setFile(picked)
            setFailure(null)
            return false
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'picked', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入 {accept.split(',').join(' 或 ')} 文件</p>
          <p className="ant-upload-hint">全部行无误才会导入；有错误时不写入任何数据</p>
        </Upload.Dragger>
        {failure && <Alert type="error" showIcon title={rows.length ? `导入失败：共 ${new Set(rows.map((r) => r.row)).size} 行有问题，未导入任何数据` : failure.message} />}
        {rows.length > 0 && (
          <Table
            size="small"
            rowKey={(r) => `${r.row}|${r.column}`}
            pagination={rows.length > 8 ? { pageSize: 8 } : false}
            dataSource={rows}
            columns={[
              { title: '行', dataIndex: 'row', width: 90, render: (row: number) => `第 ${row} 行` },
              { title: '列', dataIndex: 'column', width: 110, render: (column: string) => column || '整行' },
              { title: '问题', dataIndex: 'message', render: (text: string) => <Typography.Text type="danger">{text}</Typography.Text> },
            ]}
          />
        )}
      </Space>
    </Modal>
  )
}

/** A button that opens an ImportDialog: what each import screen places in its toolbar. */
export function ImportButton({ label, ...dialog }: Omit<Props, 'open' | 'onClose'> & { label: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ImportDialog {...dialog} open={open} onClose={() => setOpen(false)} />
    </>
  )
}
