import { useEffect, useMemo, useState } from 'react'
import { DownloadOutlined, PlusOutlined, PrinterOutlined, ReloadOutlined, SyncOutlined } from '@ant-design/icons'
import { Button, DatePicker, Empty, InputNumber, Popconfirm, Select, Space, Spin, Tabs, Typography } from 'antd'
import dayjs from 'dayjs'
import { call } from '../../../api/client'
import { ImportButton } from '../../../components/ImportDialog'
import { LoadError } from '../../../components/LoadError'
import { downloadBase64 } from '../../../download'
import { useAction } from '../../../hooks/useAction'
import { useCall } from '../../../hooks/useCall'
import { printPage } from '../../../print'
import { yearToDate } from '../../reports/routes'
import { useLedgerPermissions } from '../access'
import { useCurrentLedger } from '../LedgerContext'
import { BankAccountModal, MappingModal, OpeningItemModal } from './BankForms'
import { MatchPanel } from './MatchPanel'
import { ReconciliationView } from './ReconciliationView'

/** 银行对账: pick a bank account and a month; import the statement, match, and read the 余额调节表. */
export function BankPage() {
  const ledger = useCurrentLedger()
  const { keeper, cashier } = useLedgerPermissions()
  const canWork = keeper || cashier
  const accounts = useCall('bank.accounts', { ledgerId: ledger.id })
  const mappings = useCall('bank.mappings', {})
  const [accountId, setAccountId] = useState<number>()
  const [period, setPeriod] = useState(ledger.currentPeriod)
  const [windowDays, setWindowDays] = useState(5)
  const [staleDays, setStaleDays] = useState(30)
  const [mapping, setMapping] = useState<string>()
  const [dialog, setDialog] = useState<'account' | 'edit' | 'opening' | 'mapping' | null>(null)
  const [view, setView] = useState('match')
  // Bumped after a change made outside the month's lists (期初未达账项) so they load afresh.
  const [version, setVersion] = useState(0)
  const { run, busy } = useAction()
  const list = useMemo(() => accounts.data ?? [], [accounts.data])
  const account = list.find((a) => a.id === accountId)
  const journalRange = yearToDate(period, ledger.startPeriod)
  const removeAccount = async () => {
    const gone = account!
    await call('bank.deleteAccount', { bankAccountId: gone.id })
    setAccountId(undefined)
    accounts.reload()
    return `已删除银行账户 ${gone.bankName} ${gone.number}`
  }

  useEffect(() => {
    if (!accountId && list.length) setAccountId(list[0].id)
  }, [accountId, list])
  useEffect(() => setMapping(account?.mappingName ?? undefined), [account?.mappingName])

  if (accounts.error) return <LoadError error={accounts.error} onRetry={accounts.reload} />
  if (accounts.loading && !accounts.data) return <Spin />

  const toolbar = (
    <Space className="no-print" wrap style={{ marginBottom: 12 }}>
      <Select
        aria-label="银行账户"
        style={{ width: 320 }}
        placeholder="选择银行账户"
        value={accountId}
        onChange={setAccountId}
        options={list.map((a) => ({ value: a.id, label: `${a.accountCode} ${a.bankName} ${a.number}` }))}
      />
      <DatePicker picker="month" format="YYYY-MM" allowClear={false} aria-label="对账月份" value={dayjs(`${period}-01`)} onChange={(d) => d && setPeriod(d.format('YYYY-MM'))} />
      {keeper && (
        <Button icon={<PlusOutlined />} onClick={() => setDialog('account')}>
          新增银行账户
        </Button>
      )}
      {keeper && account && <Button onClick={() => setDialog('edit')}>修改账户</Button>}
      {keeper && account && (
        <Popconfirm title="删除这个银行账户？（已有对账单、期初未达账项或对账记录的账户不能删除）" okButtonProps={{ danger: true }} onConfirm={() => run(removeAccount)}>
          <Button danger>删除账户</Button>
        </Popconfirm>
      )}
      {account && <Button href={`#/reports/journal/${journalRange.from}/${journalRange.to}/${encodeURIComponent(account.accountCode)}`}>银行日记账</Button>}
    </Space>
  )
  if (!account) {
    return (
      <>
        {toolbar}
        <Empty description="还没有银行账户：先新增一个，关联到 102 银行存款的末级科目" />
        <BankAccountModal open={dialog === 'account'} onClose={() => setDialog(null)} onSaved={(id) => (accounts.reload(), setAccountId(id))} />
      </>
    )
  }
  return (
    <>
      {toolbar}
      <BankWork
        key={`${account.id}|${period}|${version}`}
        bankAccountId={account.id}
        period={period}
        staleDays={staleDays}
        canWork={canWork}
        orgName={ledger.orgName}
        view={view}
        onView={setView}
      >
        {(reload) =>
          canWork && (
            <Space className="no-print" wrap style={{ marginBottom: 12 }}>
              <ImportButton
                label="导入对账单"
                title={`导入对账单：${account.bankName} ${account.number}`}
                accept=".xlsx,.csv"
                intro={
                  <Space direction="vertical">
                    <Typography.Text type="secondary">
                      表头为 交易日期、摘要、收入金额、支出金额（或借方发生额/贷方发生额）、余额、对方户名、对方账号、交易流水号
                      的文件可直接导入；其他银行的格式请先保存“列对应”。已导入过的行会自动跳过。
                    </Typography.Text>
                    <Select
                      allowClear
                      placeholder="列对应（不选则按常用表头识别）"
                      style={{ width: 300 }}
                      value={mapping}
                      onChange={setMapping}
                      options={(mappings.data ?? []).map((m) => ({ value: m.name, label: m.name }))}
                      aria-label="列对应"
                    />
                  </Space>
                }
                onImport={async (upload) => {
                  const r = await call('bank.importStatement', { bankAccountId: account.id, ...upload, mapping, windowDays })
                  accounts.reload()
                  reload()
                  const breaks = r.balanceBreaks.map((b) => `第 ${b.row} 行余额应为 ${(b.expected / 100).toFixed(2)}`).join('；')
                  return `导入 ${r.imported} 行，跳过已导入 ${r.skipped} 行，自动勾对 ${r.matched} 组${breaks ? `。注意余额不连续：${breaks}` : ''}`
                }}
              />
              <Button
                icon={<SyncOutlined />}
                loading={busy}
                onClick={() =>
                  run(async () => {
                    const r = await call('bank.autoMatch', { bankAccountId: account.id, windowDays })
                    reload()
                    return `自动勾对 ${r.matched} 组${r.ambiguous ? `，${r.ambiguous} 笔金额相同无法自动确定，请手工勾对` : ''}`
                  })
                }
              >
                自动对账
              </Button>
              <span>日期相差不超过</span>
              <InputNumber aria-label="日期相差天数" min={0} max={60} value={windowDays} onChange={(v) => setWindowDays(v ?? 0)} style={{ width: 64 }} />
              <span>天</span>
              <span>未达超过</span>
              <InputNumber aria-label="未达天数" min={1} max={3650} value={staleDays} onChange={(v) => setStaleDays(v ?? 30)} style={{ width: 72 }} />
              <span>天提示</span>
              <Button onClick={() => setDialog('opening')}>期初未达账项</Button>
              <Button onClick={() => setDialog('mapping')}>列对应</Button>
            </Space>
          )
        }
      </BankWork>
      <BankAccountModal open={dialog === 'account'} onClose={() => setDialog(null)} onSaved={(id) => (accounts.reload(), setAccountId(id))} />
      <BankAccountModal open={dialog === 'edit'} account={account} onClose={() => setDialog(null)} onSaved={() => accounts.reload()} />
      <OpeningItemModal open={dialog === 'opening'} bankAccountId={account.id} onClose={() => setDialog(null)} onSaved={() => setVersion((v) => v + 1)} />
      <MappingModal open={dialog === 'mapping'} onClose={() => setDialog(null)} onSaved={(name) => (mappings.reload(), setMapping(name))} />
    </>
  )
}

interface WorkProps {
  bankAccountId: number
  period: string
  staleDays: number
  canWork: boolean
  orgName: string
  view: string
  onView: (v: string) => void
  children: (reload: () => void) => React.ReactNode
}

/** The month's two lists and its 调节表, reloaded together after any change. */
function BankWork({ bankAccountId, period, staleDays, canWork, orgName, view, onView, children }: WorkProps) {
  const items = useCall('bank.items', { bankAccountId, period })
  const rec = useCall('bank.reconciliation', { bankAccountId, period, staleDays })
  const { run, busy } = useAction()
  const reload = () => (items.reload(), rec.reload())
  const error = items.error ?? rec.error
  return (
    <>
      {children(reload)}
      {error && <LoadError error={error} onRetry={reload} />}
      <Tabs
        activeKey={view}
        onChange={onView}
        tabBarExtraContent={
          <Space className="no-print">
            <Button icon={<ReloadOutlined />} onClick={reload}>
              刷新
            </Button>
            {view === 'report' && (
              <>
                <Button
                  icon={<DownloadOutlined />}
                  loading={busy}
                  onClick={() =>
                    run(async () => {
                      const { fileName, content } = await call('bank.exportReconciliation', { bankAccountId, period, staleDays })
                      downloadBase64(fileName, content)
                    })
                  }
                >
                  导出 Excel
                </Button>
                <Button icon={<PrinterOutlined />} onClick={() => printPage({ fileName: `银行存款余额调节表-${period}` })}>
                  打印
                </Button>
              </>
            )}
          </Space>
        }
        items={[
          {
            key: 'match',
            label: '对账',
            children: items.data ? (
              <MatchPanel bankAccountId={bankAccountId} statement={items.data.statement} book={items.data.book} canMatch={canWork} onChanged={reload} />
            ) : (
              <Spin />
            ),
          },
          { key: 'report', label: '余额调节表', children: rec.data ? <ReconciliationView r={rec.data} orgName={orgName} /> : <Spin /> },
        ]}
      />
    </>
  )
}
