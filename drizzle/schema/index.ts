export * from './auth'
export * from './audit'
export * from './system'
export * from './ledger'
