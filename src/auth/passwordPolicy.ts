import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import type { CustomTranslationKey } from '../i18n/translations'

export type PasswordPolicyOptions = {
  /** Longest password taken: hashing has a cost, and no one types more. */
  maxLength?: number
  /** Shortest password taken (Payload's own minimum is 3). */
  minLength?: number
}

/** Every operation that sets a password: create (and first registration), update, reset. */
const SETS_PASSWORD = new Set(['create', 'resetPassword', 'update', 'updateByID'])

const problem = (
  password: unknown,
  email: unknown,
  { maxLength, minLength }: Required<PasswordPolicyOptions>,
) => {
  if (typeof password !== 'string') {
    return { key: 'custom:passwordNotText' as const }
  }
  if (password.length < minLength) {
    return { key: 'custom:passwordTooShort' as const, minLength }
  }
  if (password.length > maxLength) {
    return { key: 'custom:passwordTooLong' as const, maxLength }
  }
  if (/^(.)\1*$/u.test(password)) {
    return { key: 'custom:passwordOneCharacter' as const }
  }
  if (typeof email === 'string' && password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return { key: 'custom:passwordIsEmail' as const }
  }
  return undefined
}

/**
 * Refuses weak passwords with a 400 naming the rule, wherever a password is set: REST,
 * GraphQL, the Local API and the admin UI all run these operations.
 */
export const passwordPolicy =
  ({
    maxLength = 256,
    minLength = 12,
  }: PasswordPolicyOptions = {}): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    if (!SETS_PASSWORD.has(operation)) {
      return args
    }
    const data = (args as { data?: Record<string, unknown> }).data
    if (
      !data ||
      data.password === undefined ||
      (operation !== 'resetPassword' && data.password === '')
    ) {
      return args
    }
    const found = problem(data.password, data.email, { maxLength, minLength })
    if (!found) {
      return args
    }
    const { key, ...values } = found
    const message = req.t(key satisfies CustomTranslationKey as never, values)
    throw new ValidationError(
      { collection: collection.slug, errors: [{ message, path: 'password' }], req },
      req.t,
    )
  }
