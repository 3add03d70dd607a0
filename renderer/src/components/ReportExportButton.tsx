import { Button } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { call } from '../api/client'
import type { MethodInput } from '../../../electron/shared/contract'
import { downloadBase64 } from '../download'
import { useAction } from '../hooks/useAction'

/** 导出 Excel for any book or statement: the core writes the printable workbook, the page saves it. */
export function ReportExportButton({ input, label = '导出 Excel' }: { input: MethodInput<'reports.export'>; label?: string }) {
  const { run, busy } = useAction()
  const save = () =>
    run(async () => {
      const { fileName, content } = await call('reports.export', input)
      downloadBase64(fileName, content)
    })
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={save}>
      {label}
    </Button>
  )
}
