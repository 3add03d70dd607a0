import { Table, type TableProps } from 'antd'
import type { CallState } from '../hooks/useCall'
import { LoadError } from './LoadError'

interface Props<T> extends TableProps<T> {
  /** The load behind the rows: its spinner on the table, and its error (with 重试) in the table's place. */
  load?: Pick<CallState<unknown>, 'loading' | 'error' | 'reload'>
}

/** The app's list table: compact and keyed by `id` unless told otherwise, tied to the call that fills it. */
export function DataTable<T extends object>({ load, ...props }: Props<T>) {
  if (load?.error) return <LoadError error={load.error} onRetry={load.reload} />
  return <Table<T> size="small" rowKey="id" loading={load?.loading} {...props} />
}
