import { z } from 'zod'
import { VOUCHER_WORDS } from '../ledger-terms'
import { id, ok, text, byId, savedId } from './fields'
import { method, reads, writes } from './define'
import { LEDGER_KEEPERS, LEDGER_READERS } from './ledgers'
import { voucherLineFields } from './vouchers'

/** 常用凭证: a template's lines may leave amounts at 0 for the accountant to fill in. */
export const templateRow = z.object({ id: z.number(), name: z.string(), word: z.string(), lines: z.array(voucherLineFields) })

export const templatesContract = {
  'templates.list': method({
    title: '查询常用凭证',
    input: z.object({ ledgerId: id('账套') }).strict(),
    output: z.array(templateRow),
    ...reads(LEDGER_READERS),
  }),
  'templates.save': method({
    title: '保存常用凭证',
    input: z
      .object({
        ledgerId: id('账套'),
        id: z.number().int().positive().optional().meta({ title: '常用凭证' }),
        name: text('名称', 40),
        word: z.enum(VOUCHER_WORDS).default('记').meta({ title: '凭证字' }),
        lines: z.array(voucherLineFields).min(1).max(50).meta({ title: '分录' }),
      })
      .strict(),
    output: savedId,
    ...writes(LEDGER_KEEPERS),
  }),
  'templates.delete': method({ title: '删除常用凭证', input: byId('常用凭证'), output: ok, ...writes(LEDGER_KEEPERS) }),
}
