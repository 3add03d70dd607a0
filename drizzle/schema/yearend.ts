import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { ledgers } from './ledger'

/**
 * The editable texts of a 账套's 决算报告 for a year (issue 18): the 附注's policy statements and
 * additions, the 财务情况说明书 and the cover's names, as one JSON value (shape: FinalTexts).
 */
export const finalAccountTexts = sqliteTable(
  'final_account_texts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: integer('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    year: integer('year').notNull(),
    texts: text('texts', { mode: 'json' }).notNull(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('final_account_texts_key').on(t.ledgerId, t.year)],
)

/**
 * A sealed year archive: the year is locked (决算 no longer regenerated, texts frozen) until a
 * 系统管理员 lifts the seal with a reason (kept in the audit log). The manifest's hash names the archive.
 */
export const yearArchives = sqliteTable(
  'year_archives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: integer('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    year: integer('year').notNull(),
    files: integer('files').notNull(),
    manifestSha256: text('manifest_sha256').notNull(),
    sealedBy: integer('sealed_by')
      .notNull()
      .references(() => users.id),
    sealedAt: text('sealed_at').notNull(),
  },
  (t) => [uniqueIndex('year_archives_key').on(t.ledgerId, t.year)],
)
