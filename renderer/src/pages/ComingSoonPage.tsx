import { ToolOutlined } from '@ant-design/icons'
import { Result } from 'antd'

/** A section that is planned but not built yet. */
export function ComingSoonPage({ label, coming }: { label: string; coming: string }) {
  return (
    <Result
      icon={<ToolOutlined />}
      title={`${label}：建设中`}
      subTitle={coming}
      style={{ paddingTop: 80 }}
    />
  )
}
