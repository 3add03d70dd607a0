import type { ComponentProps } from 'react'
import { formatFen } from '../../../../electron/shared/money'
import { call } from '../../api/client'
import { ImportButton } from '../../components/ImportDialog'
import { useCurrentLedger } from './LedgerContext'

type Upload = { fileName: string; content: string }
type Spec = Omit<ComponentProps<typeof ImportButton>, 'onImport'> & { run: (ledgerId: number, upload: Upload) => Promise<string> }

/** The ledger's two imports; each resolves to the message saying what arrived. */
const IMPORTS: Record<'vouchers' | 'opening', Spec> = {
  // 导入凭证 (凭证管理): vouchers from the published xlsx template arrive as drafts of this 账套.
  vouchers: {
    label: '导入凭证',
    title: '从 Excel 导入凭证',
    templateKind: 'vouchers',
    intro: '按模板逐行填写分录，同一凭证号的行组成一张凭证。导入的凭证为草稿，经审核、记账后生效。',
    run: async (ledgerId, upload) => {
      const r = await call('import.vouchers', { ledgerId, ...upload })
      return `已导入 ${r.vouchers} 张凭证（${r.first} 至 ${r.last}），共 ${r.lines} 行分录`
    },
  },
  // 从 Excel 导入 (期初余额): the balances in the file replace those of the accounts it names.
  opening: {
    label: '从 Excel 导入',
    title: '从 Excel 导入期初余额',
    templateKind: 'opening-balances',
    intro: '文件中列出的科目按文件中的余额录入，未列出的科目保持不变。',
    run: async (ledgerId, upload) => {
      const r = await call('import.openingBalances', { ledgerId, ...upload })
      return `已导入 ${r.accounts} 个科目的期初余额：借方合计 ${formatFen(r.totalDebit)}，贷方合计 ${formatFen(r.totalCredit)}`
    },
  },
}

/** An import into the current 账套; `onDone` reloads what the import changed. */
export function LedgerImportButton({ kind, onDone }: { kind: keyof typeof IMPORTS; onDone: () => void }) {
  const ledger = useCurrentLedger()
  const { run, ...button } = IMPORTS[kind]
  return (
    <ImportButton
      {...button}
      onImport={async (upload) => {
        const done = await run(ledger.id, upload)
        onDone()
        return done
      }}
    />
  )
}
