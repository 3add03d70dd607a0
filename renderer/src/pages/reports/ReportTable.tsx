import { Table, type TableProps } from 'antd'
import { usePrinting } from '../../print'

type Props<T> = Omit<TableProps<T>, 'size' | 'bordered' | 'scroll' | 'locale'> & {
  emptyText: string
  /** Screen height above the table, so the body scrolls under a header that stays in view. */
  above?: number
}

/**
 * A book's table: ruled, compact, scrolling sideways under fixed first columns and down under its
 * header; on paper one plain table, whose header row repeats on every page.
 */
export function ReportTable<T extends object>({ emptyText, above = 360, pagination = false, ...props }: Props<T>) {
  const printing = usePrinting()
  return (
    <Table<T> size="small" bordered pagination={pagination} scroll={printing ? undefined : { x: 'max-content', y: `calc(100vh - ${above}px)` }} locale={{ emptyText }} {...props} />
  )
}
