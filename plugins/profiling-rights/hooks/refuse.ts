import { APIError } from 'payload'

/** A 403 whose message says what is missing; thrown before anything is written. */
export const refuse = (message: string): never => {
  throw new APIError(message, 403, undefined, true)
}
