import { useState } from 'react'
import { Button, Input, Space, Tag, Typography } from 'antd'
import type { MethodResult } from '../../../../electron/shared/contract'
import type { StreetLedger } from '../../../../electron/shared/contract/funding'
import { call } from '../../api/client'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { useLevyKeeper } from './common'
import { DataTable } from '../../components/DataTable'

type Lists = MethodResult<'levy.arrears'>
const money = (fen: number) => <Money fen={fen} />
const today = () => new Date().toISOString().slice(0, 10)
// Both lists name the enterprise the same way, first.
const enterpriseColumns = [
  { title: '企业', dataIndex: 'name', width: 220 },
  { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
]

/** 欠缴 (enterprises with a union and no levy for some months) and 建会筹备金 (leads for the registry, and the split once founded). */
export function ArrearsTab({ street, year }: { street: StreetLedger; year: number }) {
  const ledgerId = street.ledgerId
  const keeper = useLevyKeeper(ledgerId)
  const now = new Date()
  const [to, setTo] = useState(year === now.getFullYear() ? `${year}-${String(now.getMonth() + 1).padStart(2, '0')}` : `${year}-12`)
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(to) && to.startsWith(String(year))
  const lists = useCall('levy.arrears', { ledgerId, year, to: valid ? to : `${year}-12` })
  const { run, busy } = useAction()
  const found = (p: Lists['prepLeads'][number]) =>
    run(async () => {
      const v = await call('levy.found', { ledgerId, enterpriseId: p.enterpriseId, date: today() })
      lists.reload()
      return `已生成筹备金分配凭证 ${v.label}（草稿），请审核记账`
    })
  if (lists.error) return <LoadError error={lists.error} onRetry={lists.reload} />
  const listProps = { load: lists, bordered: true, rowKey: 'enterpriseId', pagination: false as const }
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space>
        <span>截止月份</span>
        <Input aria-label="截止月份" style={{ width: 110 }} value={to} status={valid ? undefined : 'error'} onChange={(e) => setTo(e.target.value)} />
      </Space>
      <DataTable<Lists['arrears'][number]>
        {...listProps}
        title={() => `欠缴清单（已建会、有职工，${year} 年 1 月至 ${to} 有月份未缴）`}
        dataSource={lists.data?.arrears}
        columns={[
          ...enterpriseColumns,
          { title: '所属小二级', dataIndex: 'union', width: 140 },
          { title: '职工人数', dataIndex: 'workers', width: 90, align: 'right' },
          { title: '缺缴月份', dataIndex: 'missing', render: (m: string[]) => m.map((p) => p.slice(5)).join('、') + ' 月' },
          {
            title: '最近工资总额',
            dataIndex: 'lastPayroll',
            width: 130,
            align: 'right',
            render: (f: number) => (f ? money(f) : <Typography.Text type="secondary">无记录</Typography.Text>),
          },
          { title: '估算欠缴', dataIndex: 'amount', width: 120, align: 'right', render: money },
        ]}
      />
      <DataTable<Lists['prepLeads'][number]>
        {...listProps}
        title={() => '建会筹备金（暂存 215 其他应付款）'}
        dataSource={lists.data?.prepLeads}
        columns={[
          ...enterpriseColumns,
          { title: '起缴月份', dataIndex: 'since', width: 100 },
          { title: '起缴至今（月）', dataIndex: 'months', width: 120, align: 'right' },
          { title: '暂存金额', dataIndex: 'held', width: 120, align: 'right', render: money },
          {
            title: '状态',
            key: 'state',
            width: 200,
            render: (_, p) =>
              p.founded ? (
                <Space>
                  <Tag color="green">已建会</Tag>
                  {keeper && (
                    <Button size="small" type="link" loading={busy} onClick={() => void found(p)}>
                      生成分配凭证
                    </Button>
                  )}
                </Space>
              ) : p.lead ? (
                <Tag color="orange">建会线索</Tag>
              ) : (
                <Tag>未建会</Tag>
              ),
          },
        ]}
      />
    </Space>
  )
}
