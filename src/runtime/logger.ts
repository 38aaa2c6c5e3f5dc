import { type Config, defaultLoggerOptions } from 'payload'

type LoggerOptions = Extract<NonNullable<Config['logger']>, { options: unknown }>['options']
type LogMethod = NonNullable<NonNullable<LoggerOptions['hooks']>['logMethod']>

/** pino's number for `error` (and `fatal` above it). */
const ERROR_LEVEL = 50

/**
 * The HTTP status an error logged by Payload was answered with: its own (REST) or its original
 * error's (GraphQL wraps it). Undefined for an error without one, which Payload answers with a 500.
 */
const statusOf = (err: unknown): number | undefined => {
  const { originalError, status } = (err ?? {}) as { originalError?: unknown; status?: unknown }
  return typeof status === 'number' ? status : originalError ? statusOf(originalError) : undefined
}

/**
 * pino's `logMethod` hook: an error Payload answered a request with a 4xx is logged at `info`, as
 * its status and message, without the stack. Payload logs such an error as `{ err }` alone
 * (`logError`); our own lines and the job runner's add a `msg` and stay as they are (a failed job is
 * an error whatever its status), as do 5xx and errors without a status.
 */
export const clientErrorsAsInfo: LogMethod = function (args, method, level) {
  const [entry] = args as unknown[]
  const { err, msg } = (entry ?? {}) as { err?: unknown; msg?: unknown }
  const status = level >= ERROR_LEVEL && msg === undefined ? statusOf(err) : undefined
  if (status !== undefined && status >= 400 && status < 500) {
    this.info({ status }, (err as Error).message)
    return
  }
  method.apply(this, args)
}

/**
 * Payload's logger (pretty lines on stdout, as by default) with `clientErrorsAsInfo`: Payload logs
 * every error it answers with at `error` with its stack, so a website's mistyped filter or an
 * expired login filled the log with stack traces, and anyone could fill it at will.
 */
export const logger: Config['logger'] = {
  destination: defaultLoggerOptions,
  options: { hooks: { logMethod: clientErrorsAsInfo } },
}
