import { BankOutlined } from '@ant-design/icons'
import { theme } from 'antd'

/** The product mark used in the header and on the sign-in pages. */
export function AppLogo({ size = 20 }: { size?: number }) {
  const { token } = theme.useToken()
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: size / 2.5, fontSize: size, fontWeight: 600 }}>
      <BankOutlined style={{ color: token.colorPrimary }} />
      <span style={{ color: token.colorTextHeading }}>UnionDesk 工会财务</span>
    </span>
  )
}
