import { type PayloadRequest, ValidationError } from 'payload'

/** A 400 naming the field at fault, shaped like Payload's own validation errors (REST and GraphQL). */
export const invalidField = (req: PayloadRequest, collection: string, path: string, message: string): never => {
  throw new ValidationError({ collection, errors: [{ message, path }], req }, req.t)
}
