import { Descriptions, Drawer, Table, Typography } from 'antd'
import { ASSET_CATEGORY_LABELS, ASSET_OWNERSHIP_LABELS, ASSET_STATUS_LABELS } from '../../../../../electron/shared/asset-terms'
import { FUND_NATURE_LABELS } from '../../../../../electron/shared/ledger-terms'
import { LoadError } from '../../../components/LoadError'
import { Money } from '../../../components/Money'
import { useCall } from '../../../hooks/useCall'
import { useEscapeToClose } from '../../../hooks/useEscapeToClose'

/** 固定资产卡片 with its 明细账: depreciation month by month and every change. */
export function AssetCardDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const got = useCall('assets.get', { id })
  const c = got.data?.card
  useEscapeToClose(true, onClose)
  return (
    <Drawer open title={c ? `固定资产卡片：${c.code} ${c.name}` : '固定资产卡片'} width={760} onClose={onClose}>
      {got.error && <LoadError error={got.error} onRetry={got.reload} />}
      {c && (
        <>
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label="资产编号">{c.code}</Descriptions.Item>
            <Descriptions.Item label="资产名称">{c.name}</Descriptions.Item>
            <Descriptions.Item label="资产类别">{ASSET_CATEGORY_LABELS[c.category]}</Descriptions.Item>
            <Descriptions.Item label="资产分类">{c.item}</Descriptions.Item>
            <Descriptions.Item label="资产性质">{ASSET_OWNERSHIP_LABELS[c.ownership]}</Descriptions.Item>
            <Descriptions.Item label="数量">{c.quantity}</Descriptions.Item>
            <Descriptions.Item label="原值">
              <Money fen={c.cost} />
            </Descriptions.Item>
            <Descriptions.Item label="入账日期">{c.acquiredOn}</Descriptions.Item>
            <Descriptions.Item label="使用年限（月）">{c.lifeMonths || '不计提折旧'}</Descriptions.Item>
            <Descriptions.Item label="期初已提折旧">
              <Money fen={c.priorDepreciation} />
            </Descriptions.Item>
            <Descriptions.Item label="累计折旧">
              <Money fen={c.accumulated} />
            </Descriptions.Item>
            <Descriptions.Item label="净值">
              <Money fen={c.net} />
            </Descriptions.Item>
            <Descriptions.Item label="使用部门">{c.department}</Descriptions.Item>
            <Descriptions.Item label="使用人">{c.keeper}</Descriptions.Item>
            <Descriptions.Item label="存放地点">{c.location}</Descriptions.Item>
            <Descriptions.Item label="资金性质">{FUND_NATURE_LABELS[c.fundNature]}</Descriptions.Item>
            <Descriptions.Item label="项目">{c.project}</Descriptions.Item>
            <Descriptions.Item label="状态">
              {ASSET_STATUS_LABELS[c.status]}
              {c.disposedOn ? `（${c.disposedOn}）` : ''}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            折旧明细
          </Typography.Title>
          <Table
            size="small"
            rowKey="period"
            pagination={false}
            dataSource={got.data!.depreciation}
            locale={{ emptyText: '尚未计提折旧' }}
            columns={[
              { title: '月份', dataIndex: 'period' },
              { title: '本月折旧', dataIndex: 'amount', align: 'right', render: (v: number) => <Money fen={v} /> },
              { title: '累计折旧', dataIndex: 'accumulated', align: 'right', render: (v: number) => <Money fen={v} /> },
              { title: '凭证', dataIndex: 'voucher' },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            变动记录
          </Typography.Title>
          <Table
            size="small"
            rowKey={(r) => `${r.date}|${r.kind}|${r.note}`}
            pagination={false}
            dataSource={got.data!.changes}
            locale={{ emptyText: '没有变动' }}
            columns={[
              { title: '日期', dataIndex: 'date', width: 110 },
              { title: '类型', dataIndex: 'kind', width: 70 },
              { title: '内容', dataIndex: 'note' },
              { title: '凭证', dataIndex: 'voucher', width: 80 },
            ]}
          />
        </>
      )}
    </Drawer>
  )
}
