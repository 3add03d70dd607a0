import { useState } from 'react'
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Input, Modal, Space, Table, Tag, Typography, Upload } from 'antd'
import type { CountProposal } from '../../../../../electron/shared/contract/assets'
import { call } from '../../../api/client'
import { Money } from '../../../components/Money'
import { downloadBase64, readUpload } from '../../../download'
import { useAction } from '../../../hooks/useAction'

const KIND: Record<CountProposal['kind'], [string, string]> = {
  match: ['相符', 'green'],
  shortage: ['盘亏', 'red'],
  surplus: ['盘盈', 'orange'],
  unchecked: ['未盘', 'default'],
}

/** 年度盘点: download the count sheet, upload it filled in, read the proposed 盘盈/盘亏 entries. */
export function CountDialog({ ledgerId, open, onClose }: { ledgerId: number; open: boolean; onClose: () => void }) {
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10))
  const [proposals, setProposals] = useState<CountProposal[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const { run, busy } = useAction()
  return (
    <Modal title="资产盘点" open={open} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={980}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          导出盘点表，填写“实盘数量”后导入，系统按差异提出盘盈、盘亏的会计分录建议（通过 182 待处理财产损溢）；导入不记账，报经批准后再办理处置或登记卡片。
        </Typography.Text>
        <Space wrap>
          <Input aria-label="盘点日期" value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 140 }} />
          <Button
            icon={<DownloadOutlined />}
            loading={busy}
            onClick={() =>
              run(async () => {
                const { fileName, content } = await call('assets.countSheet', { ledgerId, date })
                downloadBase64(fileName, content)
              })
            }
          >
            导出盘点表
          </Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              void run(async () => {
                setFailure(null)
                try {
                  setProposals((await call('assets.importCount', { ledgerId, date, ...(await readUpload(file)) })).proposals)
                } catch (e) {
                  setProposals(null)
                  setFailure((e as Error).message)
                }
              })
              return false
            }}
          >
            <Button icon={<UploadOutlined />}>导入盘点结果</Button>
          </Upload>
        </Space>
        {failure && <Alert type="error" showIcon title={failure} />}
        {proposals && (
          <Table<CountProposal>
            size="small"
            rowKey={(p) => `${p.row}|${p.code}`}
            dataSource={proposals}
            pagination={{ pageSize: 10, size: 'small' }}
            aria-label="盘点结果"
            columns={[
              { title: '资产编号', dataIndex: 'code', width: 110 },
              { title: '资产名称', dataIndex: 'name', width: 140 },
              { title: '账面', dataIndex: 'bookQuantity', width: 60, align: 'right' },
              { title: '实盘', dataIndex: 'countedQuantity', width: 60, align: 'right' },
              { title: '结果', dataIndex: 'kind', width: 70, render: (k: CountProposal['kind']) => <Tag color={KIND[k][1]}>{KIND[k][0]}</Tag> },
              { title: '净值', dataIndex: 'amount', width: 110, align: 'right', render: (v: number) => <Money fen={v} blankZero /> },
              { title: '建议分录', dataIndex: 'entry' },
            ]}
          />
        )}
      </Space>
    </Modal>
  )
}
