import { useState } from 'react'
import { CalculatorOutlined, DownloadOutlined, PlusOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons'
import { App, Button, DatePicker, Space, Spin, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { ASSET_CATEGORY_LABELS, ASSET_STATUS_LABELS } from '../../../../../electron/shared/asset-terms'
import type { AssetRow } from '../../../../../electron/shared/contract/assets'
import { call } from '../../../api/client'
import { ImportButton } from '../../../components/ImportDialog'
import { LoadError } from '../../../components/LoadError'
import { Money } from '../../../components/Money'
import { downloadBase64 } from '../../../download'
import { useAction } from '../../../hooks/useAction'
import { useCall } from '../../../hooks/useCall'
import { printPage } from '../../../print'
import { formatFen } from '../../../../../electron/shared/money'
import { useLedgerPermissions } from '../access'
import { useCurrentLedger } from '../LedgerContext'
import { AssetCardDrawer } from './AssetCardDrawer'
import { CardModal, DisposeModal, RevalueModal, TransferModal } from './AssetForms'
import { CountDialog } from './CountDialog'
import { DepreciationTable, TieOutView, TotalsTable } from './AssetReports'
import { StateReportView } from './StateReportView'

/** 固定资产: the register of a month, cards, purchases, 计提折旧, changes, and the 账实核对. */
export function AssetsPage() {
  const ledger = useCurrentLedger()
  const { keeper } = useLedgerPermissions()
  const { message, modal } = App.useApp()
  const [period, setPeriod] = useState(ledger.currentPeriod)
  const [tab, setTab] = useState('register')
  const [dialog, setDialog] = useState<'acquire' | 'register' | 'count' | null>(null)
  const [cardId, setCardId] = useState<number | null>(null)
  const [transfer, setTransfer] = useState<AssetRow | null>(null)
  const [dispose, setDispose] = useState<AssetRow | null>(null)
  const [revalue, setRevalue] = useState<AssetRow | null>(null)
  const reg = useCall('assets.register', { ledgerId: ledger.id, period })
  const tie = useCall('assets.check', { ledgerId: ledger.id, period })
  const { run, busy } = useAction()
  const reload = () => (reg.reload(), tie.reload())
  const done = (text: string) => (message.success(text), reload())

  const depreciate = () =>
    modal.confirm({
      title: `计提 ${period} 固定资产折旧`,
      content: '按直线法计提（当月增加的当月计提，当月减少的不提，提足为止），生成一张草稿凭证：借 30104 资产基金，贷 163 累计折旧（按类别）。每月只能计提一次。',
      okText: '计提',
      onOk: () =>
        run(async () => {
          const r = await call('assets.depreciate', { ledgerId: ledger.id, month: period })
          reload()
          return `已计提 ${r.assets} 项资产折旧 ${formatFen(r.amount)} 元，凭证 ${r.voucher}（草稿，请审核记账）`
        }),
    })

  const columns: TableColumnsType<AssetRow> = [
    {
      title: '资产编号',
      dataIndex: 'code',
      width: 120,
      fixed: 'left',
      render: (v: string, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setCardId(r.id)}>
          {v}
        </Button>
      ),
    },
    { title: '资产名称', dataIndex: 'name', width: 150, ellipsis: true },
    { title: '资产类别', dataIndex: 'category', width: 110, render: (c: AssetRow['category']) => ASSET_CATEGORY_LABELS[c] },
    { title: '资产分类', dataIndex: 'item', width: 100 },
    { title: '原值', dataIndex: 'cost', align: 'right', width: 120, render: (v: number) => <Money fen={v} /> },
    { title: '入账日期', dataIndex: 'acquiredOn', width: 100 },
    { title: '累计折旧', dataIndex: 'accumulated', align: 'right', width: 120, render: (v: number) => <Money fen={v} /> },
    { title: '净值', dataIndex: 'net', align: 'right', width: 120, render: (v: number) => <Money fen={v} /> },
    { title: '使用部门', dataIndex: 'department', width: 100 },
    { title: '状态', dataIndex: 'status', width: 70, render: (s: AssetRow['status']) => <Tag>{ASSET_STATUS_LABELS[s]}</Tag> },
    ...(keeper
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 160,
            fixed: 'right' as const,
            className: 'no-print',
            render: (_: unknown, r: AssetRow) =>
              r.status === 'in_use' && (
                <Space size={4}>
                  <Button type="link" size="small" onClick={() => setTransfer(r)}>
                    调拨
                  </Button>
                  <Button type="link" size="small" onClick={() => setRevalue(r)}>
                    重估
                  </Button>
                  <Button type="link" size="small" onClick={() => setDispose(r)}>
                    处置
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ]
  const data = reg.data
  return (
    <>
      <Space className="no-print" wrap style={{ marginBottom: 12 }}>
        <DatePicker picker="month" format="YYYY-MM" allowClear={false} aria-label="月份" value={dayjs(`${period}-01`)} onChange={(d) => d && setPeriod(d.format('YYYY-MM'))} />
        {keeper && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('acquire')}>
            购入资产
          </Button>
        )}
        {keeper && <Button onClick={() => setDialog('register')}>登记已有资产</Button>}
        {keeper && (
          <ImportButton
            label="导入卡片"
            title="导入固定资产卡片"
            templateKind="assets"
            intro={
              <Typography.Text type="secondary">
                用于账套启用前已有的资产（含已提折旧）。导入不生成凭证：162/163/30104 的期初余额中已含这些资产，导入后请查看“账实核对”。
              </Typography.Text>
            }
            onImport={async (upload) => {
              const r = await call('assets.import', { ledgerId: ledger.id, ...upload })
              reload()
              return `已导入 ${r.created} 张卡片，原值 ${formatFen(r.cost)} 元，已提折旧 ${formatFen(r.accumulated)} 元`
            }}
          />
        )}
        {keeper && (
          <Button icon={<CalculatorOutlined />} loading={busy} onClick={depreciate}>
            计提折旧
          </Button>
        )}
        {keeper && <Button onClick={() => setDialog('count')}>资产盘点</Button>}
        <Button icon={<ReloadOutlined />} onClick={reload}>
          刷新
        </Button>
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            run(async () => {
              const { fileName, content } = await call('assets.export', { ledgerId: ledger.id, period })
              downloadBase64(fileName, content)
            })
          }
        >
          导出台账
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => printPage({ fileName: `资产台账-${ledger.code}-${period}`, landscape: true })}>
          打印
        </Button>
      </Space>
      {(reg.error ?? tie.error) && <LoadError error={(reg.error ?? tie.error)!} onRetry={reload} />}
      {!data ? (
        <Spin />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'register',
              label: '资产台账',
              children: (
                <Table<AssetRow>
                  size="small"
                  rowKey="id"
                  dataSource={data.rows}
                  columns={columns}
                  pagination={{ pageSize: 20, size: 'small' }}
                  scroll={{ x: 1180 }}
                  aria-label="资产台账"
                  summary={() => (
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0} colSpan={4}>
                        合计 {data.total.count} 项
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={4} align="right">
                        <Money fen={data.total.cost} strong />
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={5} />
                      <Table.Summary.Cell index={6} align="right">
                        <Money fen={data.total.accumulated} strong />
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={7} align="right">
                        <Money fen={data.total.net} strong />
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={8} colSpan={3} />
                    </Table.Summary.Row>
                  )}
                />
              ),
            },
            { key: 'category', label: '按类别', children: <TotalsTable rows={data.byCategory} total={data.total} first="资产类别" /> },
            { key: 'department', label: '按部门', children: <TotalsTable rows={data.byDepartment} total={data.total} first="使用部门" /> },
            { key: 'depreciation', label: '折旧计提表', children: <DepreciationTable reg={data} /> },
            { key: 'check', label: '账实核对', children: tie.data ? <TieOutView t={tie.data} /> : <Spin /> },
            { key: 'state', label: '国有资产情况表', children: <StateReportView ledgerId={ledger.id} year={Number(period.slice(0, 4))} /> },
          ]}
        />
      )}
      <CardModal mode="acquire" open={dialog === 'acquire'} onClose={() => setDialog(null)} onSaved={done} />
      <CardModal mode="register" open={dialog === 'register'} onClose={() => setDialog(null)} onSaved={done} />
      <TransferModal asset={transfer} onClose={() => setTransfer(null)} onSaved={() => done('已调拨')} />
      <RevalueModal asset={revalue} onClose={() => setRevalue(null)} onSaved={(v) => done(`已生成重估凭证 ${v}（草稿，请审核记账）`)} />
      <DisposeModal asset={dispose} onClose={() => setDispose(null)} onSaved={(v) => done(`已生成处置凭证 ${v}（草稿，请审核记账）`)} />
      <CountDialog ledgerId={ledger.id} open={dialog === 'count'} onClose={() => setDialog(null)} />
      {cardId !== null && <AssetCardDrawer id={cardId} onClose={() => setCardId(null)} />}
    </>
  )
}
