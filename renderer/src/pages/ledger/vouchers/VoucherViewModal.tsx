import { Alert, Button, Modal, Skeleton, Space, Tag } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { VOUCHER_ORIGIN_LABELS, VOUCHER_STATUS_LABELS } from '../../../../../electron/shared/ledger-terms'
import { useCall } from '../../../hooks/useCall'
import { printPage } from '../../../print'
import { useCurrentLedger } from '../LedgerContext'
import { STATUS_COLORS } from './statusColors'
import { VoucherPaper } from './VoucherPaper'

interface Props {
  voucherId: number
  onClose: () => void
  fullNames?: Map<number, string>
}

/** 查看: one voucher in the 记账凭证 layout, with its status and origin. */
export function VoucherViewModal({ voucherId, onClose, fullNames }: Props) {
  const ledger = useCurrentLedger()
  const { data: v, error } = useCall('vouchers.get', { id: voucherId })
  return (
    <Modal
      open
      width={880}
      title={
        v ? (
          <Space>
            凭证 {v.label}
            <Tag color={STATUS_COLORS[v.status]}>{VOUCHER_STATUS_LABELS[v.status]}</Tag>
            {v.origin !== 'manual' && <Tag>{VOUCHER_ORIGIN_LABELS[v.origin]}</Tag>}
            {v.needsCashier && ledger.cashierSignRequired && !v.cashierBy && <Tag color="warning">待出纳签字</Tag>}
          </Space>
        ) : (
          '查看凭证'
        )
      }
      onCancel={onClose}
      footer={
        <Space>
          <Button
            icon={<PrinterOutlined />}
            disabled={!v}
            onClick={() => v && printPage({ fileName: `记账凭证-${ledger.code}-${v.label}-${v.date}`, bodyClass: 'ud-print-voucher' })}
          >
            打印
          </Button>
          <Button onClick={onClose}>关闭</Button>
        </Space>
      }
    >
      {error ? (
        <Alert type="error" showIcon title={error.message} />
      ) : v ? (
        <VoucherPaper voucher={v} orgName={ledger.orgName} fullNames={fullNames} />
      ) : (
        <Skeleton active paragraph={{ rows: 6 }} />
      )}
    </Modal>
  )
}
