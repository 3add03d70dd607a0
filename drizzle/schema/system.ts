import { sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Small key/value facts of this database (e.g. the date of the last automatic backup). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})
