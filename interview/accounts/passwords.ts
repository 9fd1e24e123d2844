import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

// scrypt's interactive-login parameters (N=2^15, r=8, p=1): ~50 ms a hash, 32 MiB of memory.
const params = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }
const keyLength = 64

function derive(password: string, salt: Buffer, options: typeof params): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url: the parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, params)
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$')
}

/** False for a wrong password, and for a stored hash in a format this code did not write. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algorithm, n, r, p, salt, hash, ...rest] = stored.split('$')
  const cost = { ...params, N: Number(n), r: Number(r), p: Number(p) }
  if (algorithm !== 'scrypt' || !salt || !hash || rest.length > 0 || !withinLimits(cost)) {
    return false
  }
  const expected = Buffer.from(hash, 'base64url')
  const key = await derive(password, Buffer.from(salt, 'base64url'), cost)
  return key.length === expected.length && timingSafeEqual(key, expected)
}

// A damaged row must not turn a sign-in into a crash or a minute of CPU: accept only the costs
// scrypt takes within `maxmem`, as this module writes them.
function withinLimits({ N, r, p }: typeof params): boolean {
  const integers = [N, r, p].every((value) => Number.isSafeInteger(value) && value > 0)
  return integers && N > 1 && (N & (N - 1)) === 0 && 128 * N * r <= params.maxmem / 2 && p <= 16
}

// Verifying against this when the email is unknown keeps the response time the same, so the
// timing does not tell an attacker which emails have accounts.
let decoy: Promise<string> | undefined
export function decoyHash(): Promise<string> {
  return (decoy ??= hashPassword(randomBytes(16).toString('hex')))
}
