import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { App as AntApp, Button, Result, Spin } from 'antd'
import type { CurrentUser } from '../../electron/shared/contract/auth'
import { AppError } from '../../electron/shared/errors'
import { call, clearToken, getToken, setSessionExpiredHandler, setToken } from './api/client'
import { ChangePasswordModal } from './layout/ChangePasswordModal'
import { MainLayout } from './layout/MainLayout'
import { LoginPage } from './pages/auth/LoginPage'
import { SetupPage } from './pages/auth/SetupPage'
import { SessionContext, type Session } from './session'
import { setOfficeTimeZone } from './office-time'

type Phase = { kind: 'starting' } | { kind: 'unreachable'; message: string } | { kind: 'setup' } | { kind: 'login'; notice?: string } | { kind: 'ready'; user: CurrentUser }

const SESSION_EXPIRED = '登录已过期，请重新登录'

export function App() {
  const { message } = AntApp.useApp()
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' })
  const [appVersion, setAppVersion] = useState('')
  // Whose session just expired: signing in again as them returns to the same page, anyone else starts on the 工作台.
  const expiredUser = useRef<number | null>(null)

  const start = useCallback(async () => {
    setPhase({ kind: 'starting' })
    try {
      const status = await call('system.status')
      setAppVersion(status.appVersion)
      setOfficeTimeZone(status.timeZone)
      if (!status.initialized) return setPhase({ kind: 'setup' })
      if (!getToken()) return setPhase({ kind: 'login' })
      setPhase({ kind: 'ready', user: await call('auth.me') })
    } catch (e) {
      if (e instanceof AppError && e.code === 'UNAUTHENTICATED') return setPhase({ kind: 'login', notice: SESSION_EXPIRED })
      setPhase({ kind: 'unreachable', message: e instanceof AppError ? e.message : String(e) })
    }
  }, [])

  useEffect(() => {
    // Only a signed-in page is sent back; a notice already on the login page (e.g. after a restore) stays.
    setSessionExpiredHandler(() =>
      setPhase((p) => {
        if (p.kind !== 'ready') return p
        expiredUser.current = p.user.id
        return { kind: 'login', notice: SESSION_EXPIRED }
      }),
    )
    void start()
    return () => setSessionExpiredHandler(null)
  }, [start])

  const signedIn = useCallback((session: { token: string; user: CurrentUser }) => {
    setToken(session.token)
    // A sign-in starts on the 工作台, not where the previous user left off (after an expiry, the same user goes back).
    if (expiredUser.current !== session.user.id) window.history.replaceState(null, '', '#/home')
    expiredUser.current = null
    setPhase({ kind: 'ready', user: session.user })
  }, [])

  const session = useMemo<Session | null>(() => {
    if (phase.kind !== 'ready') return null
    return {
      user: phase.user,
      logout: async () => {
        await call('auth.logout').catch(() => undefined)
        clearToken()
        setPhase({ kind: 'login' })
        message.success('已退出登录')
      },
      expire: (notice) => {
        clearToken()
        setPhase({ kind: 'login', notice })
      },
    }
  }, [phase, message])

  switch (phase.kind) {
    case 'starting':
      return <Spin size="large" fullscreen description="正在连接 UnionDesk…" />
    case 'unreachable':
      return (
        <Result
          status="error"
          title="无法连接到 UnionDesk 服务"
          subTitle={phase.message}
          extra={
            <Button type="primary" onClick={() => void start()}>
              重试
            </Button>
          }
        />
      )
    case 'setup':
      return <SetupPage appVersion={appVersion} onDone={signedIn} />
    case 'login':
      return <LoginPage appVersion={appVersion} notice={phase.notice} onDone={signedIn} />
    case 'ready':
      // A password the 系统管理员 set must be replaced first: the core refuses everything else meanwhile.
      if (phase.user.mustChangePassword) {
        return (
          <ChangePasswordModal
            forced
            open
            username={phase.user.username}
            onClose={() => void session!.logout()}
            onChanged={() => setPhase({ kind: 'ready', user: { ...phase.user, mustChangePassword: false } })}
          />
        )
      }
      return (
        <SessionContext.Provider value={session}>
          <MainLayout />
        </SessionContext.Provider>
      )
  }
}
