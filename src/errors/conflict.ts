import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Label } from '../admin/label'

import { say } from '../i18n/message'

/** A 409: the request clashes with what is stored (it was done already); the message says what to do instead. */
export const conflict = (req: Pick<PayloadRequest, 'i18n'>, message: Label): never => {
  throw new APIError(say(req, message), 409, undefined, true)
}
