import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { users } from './auth'

/** Append-only: triggers in migration 0001 refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id').references(() => users.id),
    /** Snapshot of the username, so the log reads right even after a rename. */
    username: text('username'),
    method: text('method').notNull(),
    title: text('title').notNull(),
    channel: text('channel').notNull(),
    targetIds: text('target_ids', { mode: 'json' }).$type<string[]>().notNull(),
    summary: text('summary').notNull(),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_user_at').on(t.userId, t.at), index('audit_log_method_at').on(t.method, t.at)],
)
