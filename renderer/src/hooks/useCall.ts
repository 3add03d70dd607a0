import { useCallback, useEffect, useState } from 'react'
import type { MethodInput, MethodName, MethodResult } from '../../../electron/shared/contract'
import { AppError } from '../../../electron/shared/errors'
import { call } from '../api/client'

export interface CallState<T> {
  data: T | undefined
  loading: boolean
  error: AppError | null
  reload: () => void
}

/** Loads a read method when the component mounts and again whenever the input changes or reload() is called. */
export function useCall<M extends MethodName>(method: M, input?: MethodInput<M>): CallState<MethodResult<M>> {
  const [data, setData] = useState<MethodResult<M>>()
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<AppError | null>(null)
  const [version, setVersion] = useState(0)
  const key = JSON.stringify(input ?? {})

  useEffect(() => {
    let current = true
    setLoading(true)
    const run = call as (m: MethodName, i: unknown) => Promise<MethodResult<M>>
    run(method, JSON.parse(key))
      .then((result) => {
        if (!current) return
        setData(result)
        setError(null)
      })
      .catch((e: unknown) => {
        if (current) setError(e instanceof AppError ? e : new AppError('INTERNAL', String(e)))
      })
      .finally(() => {
        if (current) setLoading(false)
      })
    return () => {
      current = false
    }
  }, [method, key, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { data, loading, error, reload }
}
