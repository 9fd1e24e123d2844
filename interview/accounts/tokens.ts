import { createHash, randomBytes } from 'node:crypto'

export const apiTokenPrefix = 'enc_'
export const sessionTokenPrefix = 'encs_'

/** A secret shown once: a recognisable prefix and 32 random bytes in base64url. */
export function generateToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url')
}

/** Tokens are stored as SHA-256: they are random, so a slow hash adds nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** What the owner sees to tell tokens apart, e.g. `enc_Ab3dE…`. */
export function displayPrefix(token: string): string {
  return token.slice(0, apiTokenPrefix.length + 6)
}
