import { APIError } from 'payload'

/** A 403 whose message says why, thrown before anything is written. */
export const forbidden = (message: string): never => {
  throw new APIError(message, 403, undefined, true)
}
