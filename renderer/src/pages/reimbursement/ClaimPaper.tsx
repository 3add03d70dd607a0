import { CLAIM_STATUS_LABELS } from '../../../../electron/shared/budget-terms'
import type { ClaimView } from '../../../../electron/shared/contract/claims'
import { formatFen } from '../../../../electron/shared/money'
import './claim-paper.css'

const ACTION_LABELS: Record<string, string> = {
  create: '填写',
  submit: '提交',
  withdraw: '撤回',
  approve: '审批',
  check: '审核',
  pay: '付款',
  reverse: '冲销',
  return: '退回',
}

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false })

/** Who last did a step, for the signature boxes. */
function signer(claim: ClaimView, action: string): string {
  return [...claim.events].reverse().find((e) => e.action === action)?.user ?? ''
}

/** 报账单 as printed: lines, total in 大写, the approval history and signature boxes (print CSS shows only this). */
export function ClaimPaper({ claim }: { claim: ClaimView }) {
  return (
    <div className="ud-claim-paper">
      <div className="ud-claim-title">报 账 单</div>
      <div className="ud-claim-meta">
        <span>单位：{claim.unionName ?? claim.ledgerName}</span>
        <span>
          {claim.number}　{claim.createdOn}　{CLAIM_STATUS_LABELS[claim.status]}
        </span>
      </div>
      <div className="ud-claim-meta">
        <span>事由：{claim.title}</span>
        <span>附件 {claim.attachments.length} 张</span>
      </div>
      <table>
        <thead>
          <tr>
            <th style={{ width: 36 }}>行</th>
            <th>支出科目</th>
            <th>摘要</th>
            <th style={{ width: 140 }}>发票</th>
            <th style={{ width: 70 }}>受益人</th>
            <th style={{ width: 110 }}>金额</th>
          </tr>
        </thead>
        <tbody>
          {claim.lines.map((l) => (
            <tr key={l.lineNo}>
              <td>{l.lineNo}</td>
              <td>
                {l.accountCode} {l.accountName}
                {l.budgetLineLabel && <span className="ud-claim-aux">预算：{l.budgetLineLabel}</span>}
              </td>
              <td>
                {l.summary}
                {(l.eventType || l.form) && <span className="ud-claim-aux">{[l.eventType, l.form].filter(Boolean).join(' · ')}</span>}
              </td>
              <td>
                {l.invoiceCode && <span className="ud-claim-aux">{l.invoiceCode}</span>}
                {l.invoiceNo}
                {l.invoiceDate && <span className="ud-claim-aux">{l.invoiceDate}</span>}
              </td>
              <td>{l.beneficiaries ?? ''}</td>
              <td className="ud-claim-amount">{formatFen(l.amount)}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={5}>合计　人民币（大写）{claim.totalInWords}</td>
            <td className="ud-claim-amount">{formatFen(claim.total)}</td>
          </tr>
        </tbody>
      </table>
      {claim.collectiveDecision && <p>集体决策：{claim.collectiveNote}</p>}
      <ol className="ud-claim-history">
        {claim.events.map((e, i) => (
          <li key={i}>
            {when(e.at)}　{e.user}　{ACTION_LABELS[e.action] ?? e.action}
            {e.comment ? `：${e.comment}` : ''}
          </li>
        ))}
      </ol>
      <div className="ud-claim-signatures">
        {[
          ['报账人', signer(claim, 'submit')],
          ['审批人', signer(claim, 'approve')],
          ['审核', signer(claim, 'check')],
          ['出纳', signer(claim, 'pay')],
          ['领款人', ''],
        ].map(([role, name]) => (
          <div key={role}>
            {role}：<span>{name}</span>
          </div>
        ))}
      </div>
    </div>
  )
}
