import { formatFen } from '../../../../electron/shared/money'
import { call } from '../../api/client'
import { ImportButton } from '../../components/ImportDialog'
import { useCurrentLedger } from '../ledger/LedgerContext'

/** 导入 (预算编制): the file's lines become the year's draft budget, replacing a draft's lines. */
export function ImportBudgetButton({ year, onDone }: { year: number; onDone: () => void }) {
  const ledger = useCurrentLedger()
  return (
    <ImportButton
      label="导入"
      title={`从 Excel 导入${year}年预算`}
      templateKind="budget"
      intro="每行一个预算项目。没有该年预算时新建编制中的预算；已有编制中的预算时，文件中的项目将替换全部原有项目。已批准的预算只能通过预算调整变动。"
      onImport={async (upload) => {
        const r = await call('budget.import', { ledgerId: ledger.id, year, ...upload })
        onDone()
        return `已导入 ${r.lines} 个预算项目，年初预算数合计 ${formatFen(r.original)} 元`
      }}
    />
  )
}
