import type Database from 'better-sqlite3'

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * A prepared statement kept per connection for the hot report paths: preparing is cheap once, but a
 * report runs several statements per call and the 科目余额表 is measured against a bare index scan.
 * Keyed by the connection, so a restore (which reopens the database) starts afresh.
 */
export function cached(sqlite: Database.Database, sql: string): Database.Statement {
  let statements = caches.get(sqlite)
  if (!statements) caches.set(sqlite, (statements = new Map()))
  let statement = statements.get(sql)
  if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)))
  return statement
}

const queries = new WeakMap<object, Map<string, unknown>>()

/**
 * A drizzle query built and prepared once per connection (`db` is the connection's drizzle instance),
 * for lookups run many times per call: building and preparing cost more than the read itself.
 */
export function cachedQuery<Q>(db: object, name: string, build: () => Q): Q {
  let prepared = queries.get(db)
  if (!prepared) queries.set(db, (prepared = new Map()))
  if (!prepared.has(name)) prepared.set(name, build())
  return prepared.get(name) as Q
}
