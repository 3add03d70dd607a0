import { Table, type TableProps } from 'antd'

type Props<T> = Omit<TableProps<T>, 'size' | 'bordered' | 'scroll' | 'locale'> & {
  emptyText: string
  /** Screen height above the table, so the body scrolls under a header that stays in view. */
  above?: number
}

/** A book's table: ruled, compact, scrolling sideways under fixed first columns and down under its header. */
export function ReportTable<T extends object>({ emptyText, above = 360, pagination = false, ...props }: Props<T>) {
  return <Table<T> size="small" bordered pagination={pagination} scroll={{ x: 'max-content', y: `calc(100vh - ${above}px)` }} locale={{ emptyText }} {...props} />
}
