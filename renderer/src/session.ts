import { createContext, useContext } from 'react'
import type { CurrentUser } from '../../electron/shared/contract/auth'

export interface Session {
  user: CurrentUser
  /** Ends the session on the server and shows the login page. */
  logout: () => Promise<void>
  /** Forgets a session the server has already ended (e.g. after a restore) and shows the login page with `notice`. */
  expire: (notice: string) => void
}

export const SessionContext = createContext<Session | null>(null)

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside a signed-in page')
  return session
}
