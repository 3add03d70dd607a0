import { and, eq } from 'drizzle-orm'
import { accounts, voucherTemplates } from '../../../drizzle/schema'
import { LEDGER_KEEPERS, LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import type { FundNature, SpendType } from '../../shared/ledger-terms'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { ledgerFor } from './access'
import { checkLines, type LineInput } from './voucher-lines'

type Seed = [name: string, lines: [code: string, summary: string, side: 'debit' | 'credit', fund?: FundNature, spend?: SpendType][]]

/** 常用凭证 every new 账套 starts with: dues, levy, subsidies in and out, interest. Amounts are left blank. */
const SEEDS: Seed[] = [
  [
    '收取会费',
    [
      ['102', '收取会费', 'debit'],
      ['401', '收取会费', 'credit', 'general'],
    ],
  ],
  [
    '收到拨缴经费',
    [
      ['102', '收到拨缴经费', 'debit'],
      ['402', '收到拨缴经费（留成）', 'credit', 'general'],
      ['211', '应上缴上级经费', 'credit'],
    ],
  ],
  [
    '收到上级补助',
    [
      ['102', '收到上级一般性补助', 'debit'],
      ['40301', '收到上级一般性补助', 'credit', 'general'],
    ],
  ],
  [
    '收到上级专项补助',
    [
      ['102', '收到上级专项补助', 'debit'],
      ['40302', '收到上级专项补助', 'credit', 'special'],
    ],
  ],
  [
    '补助下级工会',
    [
      ['50801', '补助下级工会', 'debit', 'general', 'basic'],
      ['102', '补助下级工会', 'credit'],
    ],
  ],
  [
    '银行存款利息',
    [
      ['102', '银行存款利息', 'debit'],
      ['408', '银行存款利息', 'credit', 'general'],
    ],
  ],
]

export function seedTemplates(core: Core, ledgerId: number): void {
  const ids = new Map(
    core.db
      .select({ id: accounts.id, code: accounts.code })
      .from(accounts)
      .where(eq(accounts.ledgerId, ledgerId))
      .all()
      .map((a) => [a.code, a.id]),
  )
  for (const [name, seedLines] of SEEDS) {
    const lines: LineInput[] = seedLines.map(([code, summary, , fund, spend]) => ({
      summary,
      accountId: ids.get(code)!,
      debit: 0,
      credit: 0,
      fundNature: fund ?? null,
      spendType: spend ?? null,
      projectId: null,
      counterpart: null,
    }))
    core.db.insert(voucherTemplates).values({ ledgerId, name, word: '记', lines }).run()
  }
}

export const templatesHandlers: HandlerMap<'templates.list' | 'templates.save' | 'templates.delete'> = {
  'templates.list': (ctx, input) => {
    ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    return ctx.core.db
      .select()
      .from(voucherTemplates)
      .where(eq(voucherTemplates.ledgerId, input.ledgerId))
      .orderBy(voucherTemplates.id)
      .all()
      .map((t) => ({ id: t.id, name: t.name, word: t.word, lines: t.lines as LineInput[] }))
  },

  'templates.save': (ctx, input) => {
    ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    // Checked like a voucher draft, so using it later cannot fail on what it already holds.
    const lines = checkLines(ctx.core, input.ledgerId, input.lines, undefined, { template: true })
    const values = { ledgerId: input.ledgerId, name: input.name, word: input.word, lines }
    let id = input.id
    if (id) {
      const res = ctx.core.db
        .update(voucherTemplates)
        .set(values)
        .where(and(eq(voucherTemplates.id, id), eq(voucherTemplates.ledgerId, input.ledgerId)))
        .run()
      if (res.changes === 0) throw new AppError('NOT_FOUND', '常用凭证不存在')
    } else {
      id = ctx.core.db.insert(voucherTemplates).values(values).returning({ id: voucherTemplates.id }).get().id
    }
    ctx.audit.targets = [`ledger:${input.ledgerId}`, `template:${id}`]
    ctx.audit.summary = `保存常用凭证“${input.name}”`
    return { id }
  },

  'templates.delete': (ctx, input) => {
    const row = ctx.core.db.select().from(voucherTemplates).where(eq(voucherTemplates.id, input.id)).get()
    if (!row) throw new AppError('NOT_FOUND', '常用凭证不存在')
    ledgerFor(ctx, row.ledgerId, LEDGER_KEEPERS)
    ctx.core.db.delete(voucherTemplates).where(eq(voucherTemplates.id, row.id)).run()
    ctx.audit.targets = [`ledger:${row.ledgerId}`, `template:${row.id}`]
    ctx.audit.summary = `删除常用凭证“${row.name}”`
    return { ok: true }
  },
}
