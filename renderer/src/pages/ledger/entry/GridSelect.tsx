import { useState, type Ref } from 'react'
import { Select, type RefSelectProps, type SelectProps } from 'antd'
import type { DefaultOptionType } from 'antd/es/select'

type Props<V, O extends DefaultOptionType> = SelectProps<V, O> & {
  /** Enter on a cell that has a value (or picking an option) moves on to the next cell. */
  onEnter: () => void
  selectRef?: Ref<RefSelectProps>
}

/**
 * A select inside the voucher grid. Enter on a closed select that has a value moves on instead of
 * reopening it; Enter on an open list picks the highlighted option and then moves on.
 */
export function GridSelect<V, O extends DefaultOptionType = DefaultOptionType>({ onEnter, selectRef, onSelect, onOpenChange, ...props }: Props<V, O>) {
  const [open, setOpen] = useState(false)
  const hasValue = props.value !== null && props.value !== undefined
  return (
    <div
      onKeyDownCapture={(e) => {
        // F2 (参照): open the list to pick from, as the 参照 button of 用友/金蝶 does.
        if (e.key === 'F2') {
          e.preventDefault()
          setOpen(true)
          return
        }
        if (e.key === 'Enter' && !open && hasValue && !e.nativeEvent.isComposing) {
          e.preventDefault()
          e.stopPropagation()
          onEnter()
        }
      }}
    >
      <Select<V, O>
        {...props}
        ref={selectRef}
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          onOpenChange?.(next)
        }}
        onSelect={(value, option) => {
          onSelect?.(value, option)
          // Let the select finish closing before the focus leaves it.
          setTimeout(onEnter, 0)
        }}
      />
    </div>
  )
}
