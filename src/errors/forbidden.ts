import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Label } from '../admin/label'

import { say } from '../i18n/message'

/** A 403 whose message says why (in the request's language), thrown before anything is written. */
export const forbidden = (req: Pick<PayloadRequest, 'i18n'>, message: Label): never => {
  throw new APIError(say(req, message), 403, undefined, true)
}
