import type { PrismaClient } from '../generated/prisma/client.ts'
import type { Services } from '../graphql/context.ts'
import { createAccounts } from '../interview/accounts/accounts.ts'
import type { Config } from './env.ts'

/** Builds the interview/ services the API calls; each gets its config as a value. */
export function createServices({
  db,
  config,
  clock = () => new Date(),
}: {
  db: PrismaClient
  config: Pick<Config, 'sessionTtlDays'>
  clock?: () => Date
}): Services {
  return {
    db,
    accounts: createAccounts({ db, clock, sessionTtlDays: config.sessionTtlDays }),
  }
}
