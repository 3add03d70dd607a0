import { useState } from 'react'
import { App, Button, Modal, Table, Typography } from 'antd'
import type { MethodResult } from '../../../../../electron/shared/contract'
import { LoadError } from '../../../components/LoadError'
import { Money } from '../../../components/Money'
import { useCall } from '../../../hooks/useCall'
import { CardModal, type ClaimSource } from './AssetForms'

type Line = MethodResult<'assets.claimLines'>['lines'][number]

/**
 * 生成资产卡片 from a paid 报账单: its 507 lines, each with the card it made or a button opening the card
 * form filled from the line (name, 原值, 入账日期 = pay day, 资金性质, 项目, class from the account).
 */
export function ClaimAssetDialog({ claimId, onClose }: { claimId: number; onClose: () => void }) {
  const { message } = App.useApp()
  const lines = useCall('assets.claimLines', { claimId })
  const [source, setSource] = useState<ClaimSource | null>(null)
  const data = lines.data
  return (
    <Modal title={`生成资产卡片${data ? `：${data.claimNumber}` : ''}`} open onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={820}>
      {lines.error && <LoadError error={lines.error} onRetry={lines.reload} />}
      <Typography.Paragraph type="secondary">
        报账单付款时已记支出（借 507 资本性支出 / 贷 银行存款）。为资产行生成卡片只另记一张草稿凭证：借 162 固定资产 / 贷 30104 资产基金—固定资产；每行只能生成一张卡片。
      </Typography.Paragraph>
      <Table<Line>
        size="small"
        rowKey="lineNo"
        loading={!data && !lines.error}
        dataSource={data?.lines ?? []}
        pagination={false}
        aria-label="报账单资产行"
        columns={[
          { title: '行', dataIndex: 'lineNo', width: 40 },
          { title: '摘要', dataIndex: 'summary', ellipsis: true },
          { title: '支出科目', key: 'account', width: 170, render: (_, l) => `${l.accountCode} ${l.accountName}` },
          { title: '金额', dataIndex: 'amount', width: 110, align: 'right', render: (v: number) => <Money fen={v} /> },
          {
            title: '资产卡片',
            key: 'card',
            width: 220,
            render: (_, l) =>
              l.asset ? (
                `已生成 ${l.asset.code}`
              ) : l.reason ? (
                <Typography.Text type="secondary">{l.reason}</Typography.Text>
              ) : (
                <Button size="small" type="primary" onClick={() => setSource({ claimId, lineNo: l.lineNo, label: `${data!.claimNumber} 第 ${l.lineNo} 行`, proposal: l.proposal })}>
                  生成资产卡片
                </Button>
              ),
          },
        ]}
      />
      {source && (
        <CardModal
          mode="claim"
          open
          claim={source}
          onClose={() => setSource(null)}
          onSaved={(text) => {
            message.success(text)
            setSource(null)
            lines.reload()
          }}
        />
      )}
    </Modal>
  )
}
