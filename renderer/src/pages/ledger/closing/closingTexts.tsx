import type { ReactNode } from 'react'

/** What each period action does, told before the user confirms it. */
export const EXPLAIN: Record<'renumber' | 'close' | 'year' | 'reopen', (period: string) => { title: string; content: ReactNode; ok: string }> = {
  renumber: (p) => ({
    title: `整理 ${p} 的凭证号？`,
    ok: '断号整理',
    content: <p>按日期顺序把 {p} 各凭证字的凭证重新编号为 1、2、3……，消除删除凭证后留下的断号。已打印或已登记的凭证号可能随之改变。</p>,
  }),
  close: (p) => ({
    title: `${p} 期末结账？`,
    ok: '结账',
    content: (
      <ul style={{ paddingInlineStart: 20, margin: 0 }}>
        <li>系统自动生成并记账本月的结转凭证：收入、支出科目余额中“专项”部分转入 321 工会资金结转，“非专项”部分转入 322 工会资金结余；</li>
        <li>结账后 {p} 不能再录入、修改或删除凭证，新凭证从下一个月开始；</li>
        <li>首次结账后，期初余额不能再修改；如需更正，须由系统管理员反结账。</li>
      </ul>
    ),
  }),
  year: (p) => ({
    title: `${p.slice(0, 4)} 年度结转？`,
    ok: '年度结转',
    content: (
      <ul style={{ paddingInlineStart: 20, margin: 0 }}>
        <li>先完成 12 月的期末结账（生成并记账结转凭证）；</li>
        <li>再把 321、322 的本年明细转入累计结转、累计结余，生成年末结转凭证；</li>
        <li>资产、负债、净资产科目的年末余额结转为 {Number(p.slice(0, 4)) + 1} 年的期初余额；</li>
        <li>结转后 {p.slice(0, 4)} 年不能再录入凭证，也不能反结账。</li>
      </ul>
    ),
  }),
  reopen: (p) => ({
    title: `反结账 ${p}？`,
    ok: '反结账',
    content: (
      <ul style={{ paddingInlineStart: 20, margin: 0 }}>
        <li>{p} 重新打开，可以继续录入、修改凭证；</li>
        <li>该月的结转凭证保留，系统另生成已记账的红字凭证将其冲销，账上留有完整痕迹；</li>
        <li>改完后需重新结账。</li>
      </ul>
    ),
  }),
}
