import { Column, Line } from '@ant-design/plots'
import { Card, Col, Empty, Row, Skeleton, Space, Statistic, Typography } from 'antd'
import type { MethodResult } from '../../../../electron/shared/contract'
import { formatPercent } from '../../../../electron/shared/rate'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { StatusGrid } from './StatusGrid'
import { YearSelect } from './common'

type Dashboard = MethodResult<'registry.dashboard'>
type Rates = Pick<Dashboard['rates']['street'], 'coverage' | 'membership'>

/** Chart points in percent (display only; the verdicts themselves are exact, see shared/rate.ts). */
function points(label: string, rates: Rates) {
  return [
    ...(rates.coverage ? [{ label, metric: '建会率', value: rates.coverage.basisPoints / 100 }] : []),
    ...(rates.membership ? [{ label, metric: '入会率', value: rates.membership.basisPoints / 100 }] : []),
  ]
}

/** What both rate charts share: points by label, one colour per rate, the axis in percent. */
const RATE_CHART = {
  height: 280,
  xField: 'label',
  yField: 'value',
  colorField: 'metric',
  axis: { y: { labelFormatter: (v: number) => `${v}%` }, x: { title: false } },
}

const rateText = (r: Rates['coverage']) => (r ? `${formatPercent(r.basisPoints)}（${r.numerator}/${r.denominator}）` : '无数据')

/** 总览: the year's counts, rates by 小二级 against the target line, the trend, and the scorecard at a glance. */
export function OverviewPage({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const dashboard = useCall('registry.dashboard', { year, fromYear: year - 4 })
  const settings = useCall('registry.settings')
  const data = dashboard.data
  const targetBp = settings.data?.targetBasisPoints ?? 8500
  const target = targetBp / 100

  if (dashboard.error) return <LoadError error={dashboard.error} onRetry={dashboard.reload} />
  const bars = data ? data.rates.xiaoerji.flatMap((x) => points(x.name, x)) : []
  const trend = data ? data.trend.flatMap((t) => points(String(t.year), t)) : []

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <YearSelect value={year} onChange={onYear} />
        {data && (
          <Typography.Text type="secondary">
            全街镇建会率 {rateText(data.rates.street.coverage)}，入会率 {rateText(data.rates.street.membership)}
          </Typography.Text>
        )}
      </Space>
      {!data ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={16}>
            {[
              ['小二级', data.counts.xiaoerji, '个'],
              ['下属工会组织', data.counts.memberUnions, '个'],
              ['会员', data.counts.members, '人'],
              ['登记企业', data.counts.enterprises, '家'],
              ['未被覆盖的企业', data.counts.uncoveredEnterprises, '家'],
              ['未建会企业', data.counts.enterprisesWithoutUnion, '家'],
            ].map(([title, value, suffix]) => (
              <Col key={title} span={4}>
                <Card size="small">
                  <Statistic title={title} value={value} suffix={suffix} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={16}>
            <Col span={14}>
              <Card size="small" title={`${data.year} 年各小二级建会率、入会率（目标 ${formatPercent(targetBp)}）`}>
                {bars.length ? (
                  <Column
                    {...RATE_CHART}
                    data={bars}
                    group
                    scale={{ y: { domainMax: 100 } }}
                    annotations={[{ type: 'lineY', data: [target], style: { stroke: '#ff4d4f', lineDash: [4, 4], lineWidth: 1.5 } }]}
                  />
                ) : (
                  <Empty description="本年没有可计算的比率（需要企业名单或年度调查）" />
                )}
              </Card>
            </Col>
            <Col span={10}>
              <Card size="small" title="全街镇历年走势">
                {trend.length ? <Line {...RATE_CHART} data={trend} point scale={{ y: { domainMin: 0, domainMax: 100 } }} /> : <Empty description="还没有历年数据" />}
              </Card>
            </Col>
          </Row>
          <Card size="small" title={`${data.year} 年达标情况一览`}>
            <StatusGrid matrix={data.matrix} />
          </Card>
        </>
      )}
    </Space>
  )
}
