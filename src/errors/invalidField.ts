import { type PayloadRequest, ValidationError } from 'payload'

import type { Label } from '../admin/label'

import { say } from '../i18n/message'

/**
 * A 400 naming the field at fault by its label (as the admin shows it), shaped like Payload's own
 * validation errors (REST: `errors[0].data.errors[].path`, GraphQL: `extensions.data.errors`).
 */
export const invalidField = (
  req: PayloadRequest,
  collection: string,
  path: string,
  message: Label,
): never => {
  const field = req.payload.collections[collection as 'cases']?.config.flattenedFields.find(
    ({ name }) => name === path,
  )
  const label =
    field && 'label' in field && field.label && typeof field.label === 'object'
      ? (field.label as Label)
      : undefined
  throw new ValidationError(
    { collection, errors: [{ label, message: say(req, message), path }], req },
    req.t,
  )
}
