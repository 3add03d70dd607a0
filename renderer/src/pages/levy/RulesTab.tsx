import { useEffect, useState } from 'react'
import { Button, Card, Input, Popconfirm, Select, Space, Switch, Typography, type TableColumnsType } from 'antd'
import type { StreetLedger } from '../../../../electron/shared/contract/funding'
import type { LevyRule, LevySettings } from '../../../../electron/shared/contract/levy'
import { LEVY_RETURN_COLUMNS, LEVY_RULE_KIND_LABELS, LEVY_RULE_KINDS, type LevyRuleKind } from '../../../../electron/shared/levy-terms'
import { call } from '../../api/client'
import { LoadError } from '../../components/LoadError'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { bpOf, percentText, useLevyKeeper } from './common'
import { DataTable } from '../../components/DataTable'

const SHARES = [
  ['upper', '上解上级'],
  ['street', '本级留成'],
  ['lower', '返还小二级'],
  ['fee', '手续费'],
] as const
type Share = (typeof SHARES)[number][0]

/** 分成比例 (设置经费分成比例): date-effective, per 街镇, never hard-coded; and the 台账's settings. */
export function RulesTab({ street }: { street: StreetLedger; year: number }) {
  const ledgerId = street.ledgerId
  const keeper = useLevyKeeper(ledgerId)
  const rules = useCall('levy.rules', { ledgerId })
  const { run, busy } = useAction()
  const [draft, setDraft] = useState<{ kind: LevyRuleKind; effectiveFrom: string } & Record<Share, string>>({
    kind: 'standard',
    effectiveFrom: '',
    upper: '',
    street: '',
    lower: '',
    fee: '0',
  })
  const total = SHARES.reduce((s, [k]) => s + (bpOf(draft[k]) ?? 0), 0)

  const save = () =>
    run(async () => {
      await call('levy.setRule', { ledgerId, ...draft })
      rules.reload()
      return '已设置经费分成比例'
    })
  const remove = (r: LevyRule) =>
    run(async () => {
      await call('levy.deleteRule', { id: r.id })
      rules.reload()
      return '已删除'
    })

  const columns: TableColumnsType<LevyRule> = [
    { title: '适用企业', dataIndex: 'kind', width: 100, render: (k: LevyRuleKind) => LEVY_RULE_KIND_LABELS[k] },
    { title: '生效日期', dataIndex: 'effectiveFrom', width: 110 },
    ...SHARES.map(([k, label]) => ({ title: `${label}（%）`, dataIndex: `${k}Bp`, width: 110, align: 'right' as const, render: percentText })),
    { title: '已用于台账', dataIndex: 'used', width: 100, align: 'right', render: (n: number) => (n ? `${n} 行` : '—') },
    {
      title: '操作',
      key: 'act',
      width: 80,
      render: (_, r) =>
        keeper && !r.used ? (
          <Popconfirm title="删除这条分成比例？" onConfirm={() => void remove(r)}>
            <Button size="small" type="link" danger>
              删除
            </Button>
          </Popconfirm>
        ) : null,
    },
  ]
  if (rules.error) return <LoadError error={rules.error} onRetry={rules.reload} />
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <DataTable<LevyRule> load={rules} bordered columns={columns} dataSource={rules.data} pagination={false} locale={{ emptyText: '尚未设置分成比例：导入返拨明细前请先设置' }} />
      {keeper && (
        <Card size="small" title="设置经费分成比例">
          <Space wrap>
            <Select
              aria-label="适用企业"
              value={draft.kind}
              onChange={(kind) => setDraft({ ...draft, kind })}
              style={{ width: 120 }}
              options={LEVY_RULE_KINDS.map((k) => ({ value: k, label: LEVY_RULE_KIND_LABELS[k] }))}
            />
            <Input
              aria-label="生效日期"
              placeholder="生效日期 YYYY-MM-DD"
              style={{ width: 170 }}
              value={draft.effectiveFrom}
              onChange={(e) => setDraft({ ...draft, effectiveFrom: e.target.value })}
            />
            {SHARES.map(([k, label]) => (
              <Input
                key={k}
                aria-label={label}
                addonBefore={label}
                suffix="%"
                style={{ width: 190 }}
                value={draft[k]}
                onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
              />
            ))}
            <Typography.Text type={total === 10000 ? 'success' : 'danger'}>合计 {percentText(total)}%</Typography.Text>
            <Button type="primary" loading={busy} onClick={() => void save()}>
              保存
            </Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            比例按所属期第一天适用；已用于台账的比例不能修改或删除，调整时设置新的生效日期。小微企业（组织台账中企业规模为小型、微型）有专门比例时按其执行。
          </Typography.Paragraph>
        </Card>
      )}
      <SettingsCard ledgerId={ledgerId} keeper={keeper} />
    </Space>
  )
}

function SettingsCard({ ledgerId, keeper }: { ledgerId: number; keeper: boolean }) {
  const loaded = useCall('levy.settings', { ledgerId })
  const [s, setS] = useState<{ rate: string; prepEnabled: boolean; prepRate: string; months: string; columns: LevySettings['columns'] }>()
  const { run, busy } = useAction()
  useEffect(() => {
    if (loaded.data)
      setS({
        rate: percentText(loaded.data.rateBp),
        prepEnabled: loaded.data.prepEnabled,
        prepRate: percentText(loaded.data.prepRateBp),
        months: String(loaded.data.prepLeadMonths),
        columns: loaded.data.columns,
      })
  }, [loaded.data])
  if (!s || !loaded.data) return null
  const save = () =>
    run(async () => {
      const columns = Object.fromEntries(Object.entries(s.columns).filter(([, v]) => v?.trim()))
      const settings: LevySettings = {
        ...loaded.data!,
        columns,
        rateBp: bpOf(s.rate) ?? -1,
        prepEnabled: s.prepEnabled,
        prepRateBp: bpOf(s.prepRate) ?? -1,
        prepLeadMonths: Number(s.months),
      }
      await call('levy.saveSettings', { ledgerId, settings })
      loaded.reload()
      return '已保存'
    })
  const setting = (key: 'rate' | 'prepRate' | 'months', label: string, addonBefore: string, suffix: string, width: number, off = false) => (
    <Input
      aria-label={label}
      addonBefore={addonBefore}
      suffix={suffix}
      style={{ width }}
      value={s[key]}
      disabled={!keeper || off}
      onChange={(e) => setS({ ...s, [key]: e.target.value })}
    />
  )
  return (
    <Card size="small" title="经费收缴设置">
      <Space wrap>
        {setting('rate', '拨缴比例', '应缴比例（占工资总额）', '%', 260)}
        <span>未建会企业收取建会筹备金</span>
        <Switch aria-label="收取建会筹备金" checked={s.prepEnabled} disabled={!keeper} onChange={(prepEnabled) => setS({ ...s, prepEnabled })} />
        {setting('prepRate', '筹备金比例', '筹备金比例', '%', 190, !s.prepEnabled)}
        {setting('months', '筹备金提示月数', '缴筹备金满', '个月未建会时提示', 280)}
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 8px' }}>
        返拨明细列对应：区总工会文件中的列名与本系统不同时填写（如“单位名称”对应“企业名称”），导入时按此读取；留空即同名。
      </Typography.Paragraph>
      <Space wrap>
        {LEVY_RETURN_COLUMNS.map((c) => (
          <Input
            key={c}
            aria-label={`列对应 ${c}`}
            addonBefore={c}
            placeholder={c}
            style={{ width: 250 }}
            value={s.columns[c] ?? ''}
            disabled={!keeper}
            onChange={(e) => setS({ ...s, columns: { ...s.columns, [c]: e.target.value } })}
          />
        ))}
      </Space>
      {keeper && (
        <div style={{ marginTop: 12 }}>
          <Button loading={busy} onClick={() => void save()}>
            保存设置
          </Button>
        </div>
      )}
    </Card>
  )
}
