import { useCallback, useEffect, useState } from 'react'

function currentPath(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean)
}

/** A tiny hash router: "#/system/users" → ['system', 'users']; reloading the page keeps the place. */
export function useHashRoute(): [string[], (path: string, replace?: boolean) => void] {
  const [path, setPath] = useState(currentPath)

  useEffect(() => {
    const update = () => setPath(currentPath())
    window.addEventListener('hashchange', update)
    return () => window.removeEventListener('hashchange', update)
  }, [])

  const navigate = useCallback((to: string, replace = false) => {
    const hash = '#/' + to.replace(/^\//, '')
    if (replace) {
      window.history.replaceState(null, '', hash)
      setPath(currentPath())
    } else {
      window.location.hash = hash
    }
  }, [])

  return [path, navigate]
}
