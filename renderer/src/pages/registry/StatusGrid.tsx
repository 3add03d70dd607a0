import { Empty, Space, Tooltip } from 'antd'
import type { MethodResult } from '../../../../electron/shared/contract'
import { CHECK_STATUSES, CHECK_STATUS_LABELS } from '../../../../electron/shared/registry-terms'
import { STATUS_COLORS } from './common'

type Matrix = MethodResult<'registry.dashboard'>['matrix']

const cell = { padding: 2, border: '1px solid #f0f0f0' } as const

/**
 * The scorecard as a colour grid (小二级 × rule). A plain table rather than a canvas heat map: each
 * cell keeps its text (达标/预警/…) for screen readers and for the colour-blind.
 */
export function StatusGrid({ matrix }: { matrix: Matrix }) {
  if (!matrix.rows.length) return <Empty description="还没有小二级" />
  return (
    <>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', fontSize: 12, width: '100%' }} aria-label="达标情况一览">
          <thead>
            <tr>
              <th style={{ ...cell, textAlign: 'left', minWidth: 120 }}>小二级</th>
              {matrix.rules.map((r) => (
                <th key={r.rule} style={{ ...cell, fontWeight: 500, minWidth: 44 }}>
                  <Tooltip title={r.clause}>{r.label}</Tooltip>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.unionId}>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{row.name}</td>
                {row.statuses.map((s, i) => (
                  <td
                    key={matrix.rules[i].rule}
                    style={{ ...cell, background: STATUS_COLORS[s], textAlign: 'center', color: s === 'no_data' || s === 'unchecked' ? '#595959' : '#fff' }}
                  >
                    {CHECK_STATUS_LABELS[s]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Space style={{ marginTop: 8 }}>
        {CHECK_STATUSES.map((s) => (
          <Space key={s} size={4}>
            <span style={{ display: 'inline-block', width: 12, height: 12, background: STATUS_COLORS[s] }} />
            {CHECK_STATUS_LABELS[s]}
          </Space>
        ))}
      </Space>
    </>
  )
}
