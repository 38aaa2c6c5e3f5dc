import type { CollectionBeforeChangeHook, Where } from 'payload'

import { ValidationError } from 'payload'

import type { Role } from '../../access/roles'

import { type Label, t } from '../../admin/label'
import { say } from '../../i18n/message'

type Account = { apiKeyIndex?: null | string; roles?: null | Role[] }

const messages = {
  apiKey: t(
    'Kun en bruger med rollen Forhåndsvisning (og ingen anden rolle) kan have en API-nøgle.',
    'Only a user with the Preview role (and no other role) can have an API key.',
  ),
  roles: t(
    'Forhåndsvisning kan ikke kombineres med andre roller: opret en særskilt bruger til frontendens server.',
    'Preview cannot be combined with other roles: create a separate user for the frontend’s server.',
  ),
}

/**
 * Whether the account holds a key after this change. The key index is computed before this
 * hook when the change sets or removes a key (null: removed); otherwise the stored one counts.
 */
const keeps = async ({
  collection,
  data,
  originalDoc,
  req,
}: Parameters<CollectionBeforeChangeHook>[0]) => {
  if ((data as Account).apiKeyIndex !== undefined) {
    return Boolean((data as Account).apiKeyIndex)
  }
  if (originalDoc?.id === undefined) {
    return false
  }
  const where: Where = {
    and: [{ id: { equals: originalDoc.id } }, { apiKeyIndex: { exists: true } }],
  }
  return (
    (
      await req.payload.count({
        collection: collection.slug as 'users',
        overrideAccess: true,
        req,
        where,
      })
    ).totalDocs > 0
  )
}

/**
 * A preview account is nothing else (so its key never carries partner or editor powers), and
 * only a preview account has an API key: a key is a long-lived credential sent by a server.
 * Judged on the result: the roles and key this change leaves on the account.
 */
export const previewAccounts: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, originalDoc, req } = args
  const roles = (data as Account).roles ?? (originalDoc as Account | undefined)?.roles ?? []
  const error = (path: string, message: Label) =>
    new ValidationError({
      collection: collection.slug,
      errors: [{ message: say(req, message), path }],
      req,
    })
  if (roles.includes('preview') && roles.length > 1) {
    throw error('roles', messages.roles)
  }
  if (!roles.includes('preview') && (await keeps(args))) {
    throw error('enableAPIKey', messages.apiKey)
  }
  return data
}
