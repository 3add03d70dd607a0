import { DownloadOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { downloadBase64 } from '../download'
import { useAction } from '../hooks/useAction'

/** 导出 Excel of a list: asks the core for the workbook and downloads it, busy meanwhile; a refusal shows the server's message. */
export function ExcelButton({ workbook, label = '导出 Excel' }: { workbook: () => Promise<{ fileName: string; content: string }>; label?: string }) {
  const { run, busy } = useAction()
  const save = () =>
    run(async () => {
      const { fileName, content } = await workbook()
      downloadBase64(fileName, content)
    })
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={save}>
      {label}
    </Button>
  )
}
