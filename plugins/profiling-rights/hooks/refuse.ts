import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Label } from '../types'

/** The label in the request's language (the admin's, or `Accept-Language`); Danish unless English. */
export const inLanguageOf = (req: Pick<PayloadRequest, 'i18n'>, label: Label): string =>
  label[req.i18n?.language === 'en' ? 'en' : 'da']

/** A 403 whose message says what is missing and what to do, in the request's language; thrown before anything is written. */
export const refuse = (req: Pick<PayloadRequest, 'i18n'>, message: Label): never => {
  throw new APIError(inLanguageOf(req, message), 403, undefined, true)
}
