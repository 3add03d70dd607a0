import { formatFen } from '../../../../electron/shared/money'
import { call } from '../../api/client'
import { ImportButton } from '../../components/ImportDialog'
import { useCurrentLedger } from './LedgerContext'

type Upload = { fileName: string; content: string }

/** 导入凭证 (凭证管理): vouchers from the published xlsx template arrive as drafts of this 账套. */
async function importVouchers(ledgerId: number, upload: Upload) {
  const r = await call('import.vouchers', { ledgerId, ...upload })
  return `已导入 ${r.vouchers} 张凭证（${r.first} 至 ${r.last}），共 ${r.lines} 行分录`
}

/** 从 Excel 导入 (期初余额): the balances in the file replace those of the accounts it names. */
async function importOpening(ledgerId: number, upload: Upload) {
  const r = await call('import.openingBalances', { ledgerId, ...upload })
  return `已导入 ${r.accounts} 个科目的期初余额：借方合计 ${formatFen(r.totalDebit)}，贷方合计 ${formatFen(r.totalCredit)}`
}

/** The ledger's two imports by their template; each resolves to the message saying what arrived. */
const IMPORTS = {
  vouchers: { label: '导入凭证', title: '从 Excel 导入凭证', run: importVouchers, intro: '按模板逐行填写分录，同一凭证号的行组成一张凭证。导入的凭证为草稿，经审核、记账后生效。' },
  'opening-balances': { label: '从 Excel 导入', title: '从 Excel 导入期初余额', run: importOpening, intro: '文件中列出的科目按文件中的余额录入，未列出的科目保持不变。' },
} as const

/** An import into the current 账套; `onDone` reloads what the import changed. */
export function LedgerImportButton({ kind, onDone }: { kind: keyof typeof IMPORTS; onDone: () => void }) {
  const ledger = useCurrentLedger()
  const { run, ...texts } = IMPORTS[kind]
  return (
    <ImportButton
      {...texts}
      templateKind={kind}
      onImport={async (upload) => {
        const done = await run(ledger.id, upload)
        onDone()
        return done
      }}
    />
  )
}
