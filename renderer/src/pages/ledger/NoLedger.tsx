import { useEffect, useState, type ReactNode } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Skeleton, Typography } from 'antd'
import type { LedgerRow } from '../../../../electron/shared/contract/ledgers'
import { LoadError } from '../../components/LoadError'
import { useLedgerPermissions } from './access'
import { useLedgers } from './LedgerContext'
import { LedgerFormModal } from './ledgers/LedgerFormModal'

/** What 账务处理 shows before any 账套 exists (or before the user has been given one). */
export function NoLedger() {
  const { manager } = useLedgerPermissions()
  const { reload, select } = useLedgers()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Empty
        style={{ padding: '64px 0' }}
        description={
          <>
            <Typography.Title level={4}>还没有可用的账套</Typography.Title>
            <Typography.Paragraph type="secondary">
              {manager
                ? '账套是一套独立的账：一个工会组织一个账套。新建账套后即可录入期初余额和凭证。'
                : '您还没有可以查看的账套。请联系系统管理员或会计新建账套，或为您分配相应账套的角色。'}
            </Typography.Paragraph>
          </>
        }
      >
        {manager && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            新建账套
          </Button>
        )}
      </Empty>
      <LedgerFormModal
        open={open}
        onClose={() => setOpen(false)}
        onDone={(id) => {
          select(id)
          reload()
        }}
      />
    </>
  )
}

/**
 * The current 账套 of a section that works in one (预算管理, 账簿报表), or what that section shows instead: the
 * list's load error, a skeleton, or NoLedger. Entering the section refreshes the list: a 账套 may have been
 * added or its month closed meanwhile.
 */
export function useSectionLedger(): { current: LedgerRow; instead?: undefined } | { current?: undefined; instead: ReactNode } {
  const { current, loading, error, reload } = useLedgers()
  useEffect(() => reload(), [reload])
  if (error) return { instead: <LoadError error={error} onRetry={reload} /> }
  if (loading) return { instead: <Skeleton active /> }
  if (!current)
    return {
      instead: (
        <Card variant="borderless">
          <NoLedger />
        </Card>
      ),
    }
  return { current }
}
