import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { App } from './App'

dayjs.locale('zh-cn')

const FONT_FAMILY = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif"

// antd's motion is off. rc-motion ends an animation on the browser's transitionend, which never comes when a
// state flips back within the first frames of its animation — a refusal answered in 40 ms left 保存's loading
// icon stuck in its leave state (invisible, but the button's accessible name stays "loading 保存"), and a
// dialog closed that quickly could stay on screen. Instant dialogs and menus also suit the offices' older PCs.
const THEME = { token: { fontFamily: FONT_FAMILY, borderRadius: 6, motion: false } }
// Static calls (message in print.ts) render outside the tree below: give them the same theme and locale.
ConfigProvider.config({
  holderRender: (children) => (
    <ConfigProvider locale={zhCN} theme={THEME}>
      {children}
    </ConfigProvider>
  ),
})

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={THEME}>
      <AntApp style={{ height: '100%' }}>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
)
