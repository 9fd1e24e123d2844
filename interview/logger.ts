/**
 * What the engine needs of a logger: Yoga's (graphql-yoga `createLogger`) fits as it is. The
 * engine logs causes that must not reach a candidate (a driver's message, a stack) here, with
 * the attempt's id, and shows the candidate a reason written for them.
 */
export interface EngineLogger {
  error(...args: unknown[]): void
  warn(...args: unknown[]): void
}

export const silentLogger: EngineLogger = { error() {}, warn() {} }
