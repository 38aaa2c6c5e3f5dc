/**
 * The log level of errors Payload answers requests with (src/runtime/logger.ts): a client's
 * mistake (4xx) at info without its stack, the server's (5xx, no status) at error as Payload logs it.
 */
import { GraphQLError } from 'graphql'
import { APIError, Forbidden, QueryError, ValidationError } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { clientErrorsAsInfo } from '../../src/runtime/logger'

const ERROR = 50
const INFO = 30

/** Logs `entry` at `level` through the hook: what reached `info` and what reached the level's own method. */
const logged = (entry: Record<string, unknown>, level = ERROR) => {
  const logger = { info: vi.fn() }
  const method = vi.fn()
  clientErrorsAsInfo.call(logger as never, [entry] as never, method, level)
  return { asInfo: logger.info.mock.calls, asIs: method.mock.calls }
}

const t = ((key: string) => key) as never
const clientErrors = [
  new APIError('"title" kan ikke filtreres med "near".', 400, { operator: 'near', path: 'title' }),
  new QueryError([{ path: 'nope' }]),
  new Forbidden(t),
  new ValidationError({ errors: [{ message: 'Påkrævet', path: 'name' }] }, t),
  new APIError('Findes allerede', 409),
]
const serverErrors = [new APIError('Something went wrong'), new TypeError('x is undefined')]

describe('errors answered to requests', () => {
  it.each(clientErrors.map((err) => [`${err.name} ${(err as APIError).status}`, err]))(
    'a client error (%s) is logged at info as its status and message, without the stack',
    (_, err) => {
      const { status } = err as APIError
      expect(logged({ err })).toEqual({ asInfo: [[{ status }, err.message]], asIs: [] })
      // GraphQL hands Payload the error wrapped.
      const wrapped = new GraphQLError(err.message, { originalError: err })
      expect(logged({ err: wrapped })).toEqual({ asInfo: [[{ status }, err.message]], asIs: [] })
    },
  )

  it.each(serverErrors.map((err) => [err.name, err]))(
    'a server error (%s, a 500) is logged as Payload logs it: at error, with the stack',
    (_, err) => {
      expect(logged({ err })).toEqual({ asInfo: [], asIs: [[{ err }]] })
      const wrapped = new GraphQLError(err.message, { originalError: err })
      expect(logged({ err: wrapped })).toEqual({ asInfo: [], asIs: [[{ err: wrapped }]] })
    },
  )

  it('leaves lines with a message of their own (a failed job, our own) and other levels as they are', () => {
    const err = new APIError('Ugyldig', 400)
    expect(logged({ err, msg: 'Job failed' })).toEqual({
      asInfo: [],
      asIs: [[{ err, msg: 'Job failed' }]],
    })
    expect(logged({ err }, INFO)).toEqual({ asInfo: [], asIs: [[{ err }]] })
  })
})
