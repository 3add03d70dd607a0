import type { ReactNode } from 'react'
import { PrinterOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'
import type { MethodInput } from '../../../../electron/shared/contract'
import { ReportExportButton } from '../../components/ReportExportButton'
import { printPage } from '../../print'
import './reports.css'

interface Props {
  title: string
  /** 工会01表 / 工会02表 on statements. */
  tableNo?: string
  orgName: string
  period: string
  /** The report's filters (period, account, level…): on screen only. */
  controls: ReactNode
  /** Omitted where the report has no Excel form yet. */
  exportInput?: MethodInput<'reports.export'>
  /** Books print on A4 landscape, statements portrait, as the print rules say. */
  orientation: 'landscape' | 'portrait'
  /** Beside the report on screen only (the books' 科目树). */
  aside?: ReactNode
  children: ReactNode
}

/**
 * One report as it is handed in: title, 表号, 编制单位, period and 单位：元 above the table, the
 * signature line below (on paper only). The toolbar is marked no-print, so 打印 puts only the report
 * on the page.
 */
export function ReportFrame({ title, tableNo, orgName, period, controls, exportInput, orientation, aside, children }: Props) {
  return (
    <div className={`ud-report ud-report-${orientation}`}>
      <div className="ud-report-toolbar no-print">
        <Space wrap size={[12, 8]}>
          {controls}
        </Space>
        <Space>
          {exportInput && <ReportExportButton input={exportInput} />}
          <Button icon={<PrinterOutlined />} onClick={() => printPage({ fileName: `${tableNo ?? title}-${orgName}-${period}`, landscape: orientation === 'landscape' })}>
            打印
          </Button>
        </Space>
      </div>
      <div className={aside ? 'ud-report-split' : undefined}>
        {aside}
        <div className="ud-report-paper">
          <div className="ud-report-head">
            <h2 className="ud-report-title">{title}</h2>
            <div className="ud-report-meta">
              <span>编制单位：{orgName}</span>
              <span>{period}</span>
              <span>
                {tableNo && <span className="ud-report-tableno">{tableNo}</span>}
                单位：元
              </span>
            </div>
          </div>
          {children}
          <div className="ud-report-signatures print-only">
            <span>工会主席：</span>
            <span>经审会主任：</span>
            <span>财务负责人：</span>
            <span>制表：</span>
          </div>
        </div>
      </div>
    </div>
  )
}
