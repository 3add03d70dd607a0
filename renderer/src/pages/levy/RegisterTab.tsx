import { useState } from 'react'
import { Alert, Button, Input, Modal, Select, Space, Tag, Typography, type TableColumnsType } from 'antd'
import type { MethodResult } from '../../../../electron/shared/contract'
import type { StreetLedger } from '../../../../electron/shared/contract/funding'
import type { LevyEntry } from '../../../../electron/shared/contract/levy'
import { LEVY_CHANNEL_LABELS } from '../../../../electron/shared/levy-terms'
import { parseYuanToFen } from '../../../../electron/shared/money'
import { call } from '../../api/client'
import { ImportButton } from '../../components/ImportDialog'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { useLevyKeeper } from './common'
import { DataTable } from '../../components/DataTable'

type ImportRow = MethodResult<'levy.imports'>[number]
const money = (fen: number) => <Money fen={fen} blankZero />

/** 收缴台账: import the 区总工会's 返拨明细, map the enterprises it could not match, book each transfer. */
export function RegisterTab({ street, year }: { street: StreetLedger; year: number }) {
  const ledgerId = street.ledgerId
  const keeper = useLevyKeeper(ledgerId)
  const imports = useCall('levy.imports', { ledgerId })
  const entries = useCall('levy.entries', { ledgerId, year })
  const { run, busy } = useAction()
  const [form, setForm] = useState({ period: `${year}-${String(new Date().getMonth() + 1).padStart(2, '0')}`, amount: '', entryDate: '' })
  const [mapping, setMapping] = useState<LevyEntry | null>(null)
  const reload = () => {
    imports.reload()
    entries.reload()
  }

  const importFile = async (upload: { fileName: string; content: string }) => {
    const amount = parseYuanToFen(form.amount)
    if (amount === null || amount <= 0) throw new Error('请填写本次到账金额（元）')
    const r = await call('levy.import', { ledgerId, period: form.period, amount, ...(form.entryDate ? { entryDate: form.entryDate } : {}), ...upload })
    reload()
    return r.unmatched.length ? `已导入 ${r.rows} 行，${r.unmatched.length} 行未匹配企业，请在台账中对应` : `已导入 ${r.rows} 行，全部匹配`
  }
  const generate = (row: ImportRow) =>
    run(async () => {
      const r = await call('levy.generate', { ledgerId, importId: row.id })
      reload()
      return `已生成草稿凭证 ${r.vouchers.map((v) => `${v.ledgerCode} ${v.label}`).join('、')}，请在“账务处理”中审核记账`
    })

  const importColumns: TableColumnsType<ImportRow> = [
    { title: '所属月份', dataIndex: 'period', width: 90 },
    { title: '返拨明细', dataIndex: 'fileName' },
    { title: '入账日期', dataIndex: 'entryDate', width: 110 },
    { title: '到账金额', dataIndex: 'amount', width: 130, align: 'right', render: money },
    { title: '行数', dataIndex: 'rows', width: 70, align: 'right' },
    { title: '未匹配', dataIndex: 'unmatched', width: 80, align: 'right', render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0) },
    { title: '凭证', dataIndex: 'voucherLabel', width: 90, render: (l: string | null) => l ?? <Tag>未生成</Tag> },
    {
      title: '操作',
      key: 'act',
      width: 110,
      render: (_, r) =>
        keeper && !r.voucherLabel ? (
          <Button size="small" type="link" loading={busy} disabled={r.unmatched > 0} onClick={() => void generate(r)}>
            生成凭证
          </Button>
        ) : null,
    },
  ]
  const entryColumns: TableColumnsType<LevyEntry> = [
    { title: '所属期', dataIndex: 'period', width: 84, fixed: 'left' },
    {
      title: '企业',
      key: 'name',
      width: 230,
      fixed: 'left',
      render: (_, r) =>
        r.enterpriseId === null ? (
          <Space size={4} wrap>
            <Tag color="red">未匹配</Tag>
            {r.fileName}
            {keeper && (
              <Button size="small" type="link" onClick={() => setMapping(r)}>
                对应企业
              </Button>
            )}
          </Space>
        ) : (
          <>
            {r.enterpriseName}
            {r.enterpriseName !== r.fileName && <Typography.Text type="secondary">（明细：{r.fileName}）</Typography.Text>}
          </>
        ),
    },
    { title: '渠道', dataIndex: 'channel', width: 84, render: (c: LevyEntry['channel']) => LEVY_CHANNEL_LABELS[c] },
    { title: '工资总额', dataIndex: 'payroll', width: 120, align: 'right', render: money },
    { title: '应缴', dataIndex: 'due', width: 100, align: 'right', render: money },
    { title: '实缴', dataIndex: 'paid', width: 100, align: 'right', render: money },
    { title: '返拨', dataIndex: 'returned', width: 100, align: 'right', render: money },
    { title: '本级留成', dataIndex: 'streetAmount', width: 100, align: 'right', render: money },
    { title: '返还', dataIndex: 'lowerAmount', width: 100, align: 'right', render: money },
    { title: '返还给', dataIndex: 'recipient', width: 110 },
    { title: '筹备金', dataIndex: 'prepAmount', width: 90, align: 'right', render: money },
    { title: '适用分成比例', dataIndex: 'rule', width: 300 },
    { title: '凭证', dataIndex: 'voucherLabel', width: 70 },
  ]

  if (imports.error) return <LoadError error={imports.error} onRetry={reload} />
  const open = (entries.data ?? []).filter((e) => e.enterpriseId === null).length
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {keeper && (
        <ImportButton
          label="导入返拨明细"
          title="导入返拨明细"
          templateKind="levy-returns"
          onImport={importFile}
          intro={
            <Space wrap>
              <span>所属月份</span>
              <Input aria-label="所属月份" style={{ width: 110 }} value={form.period} onChange={(e) => setForm({ ...form, period: e.target.value })} placeholder="YYYY-MM" />
              <span>到账金额（元）</span>
              <Input aria-label="到账金额" style={{ width: 140 }} value={form.amount} onChange={(e) => setForm({ ...form, amount: e.target.value })} />
              <span>入账日期</span>
              <Input aria-label="入账日期" style={{ width: 130 }} value={form.entryDate} onChange={(e) => setForm({ ...form, entryDate: e.target.value })} placeholder="今天" />
            </Space>
          }
        />
      )}
      <DataTable<ImportRow> load={imports} bordered columns={importColumns} dataSource={imports.data} pagination={false} locale={{ emptyText: '尚未导入返拨明细' }} />
      {open > 0 && <Alert type="warning" showIcon title={`${open} 行未匹配到组织台账中的企业：对应后才能生成凭证，对应关系会记住，下次自动匹配。`} />}
      <DataTable<LevyEntry>
        load={entries}
        bordered
        columns={entryColumns}
        dataSource={entries.data}
        scroll={{ x: 1800 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        title={() => `${year} 年经费收缴台账`}
      />
      {mapping && <MapModal ledgerId={ledgerId} year={year} entry={mapping} onClose={() => setMapping(null)} onDone={reload} />}
    </Space>
  )
}

function MapModal({ ledgerId, year, entry, onClose, onDone }: { ledgerId: number; year: number; entry: LevyEntry; onClose: () => void; onDone: () => void }) {
  const list = useCall('enterprises.list', { year })
  const [enterpriseId, setEnterpriseId] = useState<number>()
  const { run, busy } = useAction()
  const save = () =>
    run(async () => {
      const r = await call('levy.map', { ledgerId, entryId: entry.id, enterpriseId: enterpriseId! })
      onDone()
      onClose()
      return `已对应 ${r.mapped} 行`
    })
  return (
    <Modal title="对应企业" open onCancel={onClose} onOk={() => void save()} okText="对应" okButtonProps={{ disabled: !enterpriseId, loading: busy }}>
      <p>
        返拨明细第 {entry.rowNumber} 行：<b>{entry.fileName}</b> {entry.fileUscc && `（${entry.fileUscc}）`}
      </p>
      <Select
        aria-label="组织台账企业"
        showSearch
        optionFilterProp="label"
        style={{ width: '100%' }}
        loading={list.loading}
        value={enterpriseId}
        onChange={setEnterpriseId}
        placeholder="搜索组织台账中的企业"
        options={(list.data ?? []).map((e) => ({ value: e.id, label: `${e.name}${e.uscc ? `（${e.uscc}）` : ''}` }))}
      />
    </Modal>
  )
}
