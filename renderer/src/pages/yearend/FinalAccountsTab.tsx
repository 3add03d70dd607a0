import { useEffect, useState } from 'react'
import { DownloadOutlined, FilePdfOutlined, SaveOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { DATA_NOTES, NOTE_KEYS, NOTE_TITLES, type FinalTexts } from '../../../../electron/shared/contract/yearend'
import { call } from '../../api/client'
import { LoadError } from '../../components/LoadError'
import { downloadBase64 } from '../../download'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { useBudgetPermissions } from '../budget/access'
import { ArchiveCard } from './ArchiveCard'
import { LedgerPicker } from './LedgerPicker'

/**
 * 决算 of a closed year: the 决算报告 (Excel/PDF, or the 汇总 of several 账套), the 附注 — figures from the
 * books shown read-only above each point's editable text — the 财务情况说明书 draft, and the 年度归档.
 */
export function FinalAccountsTab() {
  const ledger = useCurrentLedger()
  const { keeper } = useBudgetPermissions()
  // Last year's 决算 is the usual job; a 账套 started this year has only this year.
  const [year, setYear] = useState(Math.max(Number(ledger.currentPeriod.slice(0, 4)) - 1, Number(ledger.startPeriod.slice(0, 4))))
  const [others, setOthers] = useState<number[]>([])
  const view = useCall('yearend.finalAccounts', { ledgerId: ledger.id, year })
  const [form] = Form.useForm<FinalTexts>()
  const { run, busy } = useAction()
  useEffect(() => {
    if (view.data) form.setFieldsValue(view.data.texts)
  }, [view.data, form])

  const save = () =>
    run(async () => {
      const texts = await form.validateFields()
      await call('yearend.saveTexts', {
        ledgerId: ledger.id,
        year,
        texts: { ...view.data!.texts, ...texts, notes: { ...view.data!.texts.notes, ...texts.notes }, cover: { ...view.data!.texts.cover, ...texts.cover } },
      })
      view.reload()
      return '已保存附注和财务情况说明书'
    })
  const exportPack = (format: 'xlsx' | 'pdf') =>
    run(async () => {
      const { fileName, content } = await call('yearend.exportFinalAccounts', { ledgerIds: [ledger.id, ...others.filter((id) => id !== ledger.id)], year, format })
      downloadBase64(fileName, content)
    })
  const v = view.data
  const locked = !keeper || Boolean(v?.sealed)

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker picker="year" aria-label="决算年度" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(d) => d && setYear(d.year())} />
        <Button type="primary" icon={<DownloadOutlined />} loading={busy} disabled={!v?.closed || v.sealed} onClick={() => exportPack('xlsx')}>
          生成决算报告（Excel）
        </Button>
        <Button icon={<FilePdfOutlined />} loading={busy} disabled={!v?.closed || v.sealed} onClick={() => exportPack('pdf')}>
          生成决算报告（PDF）
        </Button>
        <Typography.Text type="secondary">汇总下级账套：</Typography.Text>
        <LedgerPicker value={others} onChange={setOthers} exclude={ledger.id} placeholder="只出本账套的决算" />
      </Space>
      {view.error && <LoadError error={view.error} onRetry={view.reload} />}
      {v && !v.closed && (
        <Alert
          type="warning"
          showIcon
          title={`${year} 年尚未年度结账，不能编制决算`}
          description={v.openMonths.length ? `未结账的月份：${v.openMonths.join('、')}。请在“账务处理 → 期末结账”完成结账和年度结转。` : '请完成 12 月的年度结转。'}
        />
      )}
      {v?.sealed && <Alert type="info" showIcon title={`${year} 年会计档案已封存：决算报告、附注和说明书不能再修改`} />}
      {v && (
        <Form form={form} layout="vertical" disabled={locked} initialValues={v.texts}>
          <Card size="small" title="封面">
            <Row gutter={12}>
              {(
                [
                  ['head', '单位负责人'],
                  ['financeHead', '财务负责人'],
                  ['preparer', '制表人'],
                  ['reportDate', '报送日期'],
                ] as const
              ).map(([key, label]) => (
                <Col span={6} key={key}>
                  <Form.Item name={['cover', key]} label={label}>
                    <Input maxLength={20} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Card>
          <Card size="small" title="附注" style={{ marginTop: 12 }}>
            {NOTE_KEYS.map((key) => (
              <div key={key}>
                <Typography.Text strong>{NOTE_TITLES[key]}</Typography.Text>
                {DATA_NOTES.includes(key) && (
                  <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
                    {(v.figures[key] ?? []).map((line) => (
                      <li key={line}>
                        <Typography.Text type="secondary">{line}</Typography.Text>
                      </li>
                    ))}
                  </ul>
                )}
                <Form.Item name={['notes', key]} style={{ marginBottom: 12 }}>
                  <Input.TextArea
                    aria-label={NOTE_TITLES[key]}
                    autoSize={{ minRows: 1, maxRows: 6 }}
                    placeholder={DATA_NOTES.includes(key) ? '补充说明（可不填；上面的数字取自账簿）' : ''}
                  />
                </Form.Item>
              </div>
            ))}
          </Card>
          <Card
            size="small"
            title="财务情况说明书"
            style={{ marginTop: 12 }}
            extra={
              <Button size="small" onClick={() => form.setFieldValue('statement', v.draft)}>
                按本年数字重新生成草稿
              </Button>
            }
          >
            <Form.Item name="statement" extra="留空则打印自动生成的草稿">
              <Input.TextArea aria-label="财务情况说明书" autoSize={{ minRows: 6, maxRows: 20 }} placeholder={v.draft} />
            </Form.Item>
          </Card>
          <Button type="primary" icon={<SaveOutlined />} loading={busy} onClick={save} style={{ marginTop: 12 }}>
            保存附注和说明书
          </Button>
        </Form>
      )}
      <ArchiveCard year={year} closed={Boolean(v?.closed)} onChange={view.reload} />
    </Space>
  )
}
