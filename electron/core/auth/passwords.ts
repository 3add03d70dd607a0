import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

// scrypt parameters are stored with each hash, so they can be raised later without breaking logins.
export const DEFAULT_SCRYPT_COST = 16384
const R = 8
const P = 1
const KEY_LENGTH = 32

/** `cost` is scrypt's N; only tests lower it (CoreOptions.scryptCost), to keep the suite fast. */
export function hashPassword(password: string, cost = DEFAULT_SCRYPT_COST): string {
  const salt = randomBytes(16)
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N: cost, r: R, p: P })
  return `scrypt$${cost}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  })
  return timingSafeEqual(actual, expected)
}
