import type { CollectionBeforeChangeHook } from 'payload'

import { extractID } from 'payload/shared'

import { t } from '../../src/admin/label'
import { invalidField } from '../../src/errors/invalidField'

type Target = { relationTo: 'cases' | 'dilemmas' | 'models'; value: { id: number } | number }

/**
 * The debate is on published material only, and on a case only when it is open for debate:
 * checked against the database, whatever the request says.
 */
export const targetOpenForDebate: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const target = data.target as Target | undefined
  const before = originalDoc?.target as Target | undefined
  if (
    !target ||
    (before &&
      before.relationTo === target.relationTo &&
      extractID(before.value) === extractID(target.value))
  ) {
    return data
  }
  const doc = await req.payload.findByID({
    id: extractID(target.value),
    collection: target.relationTo,
    depth: 0,
    disableErrors: true,
    req,
    select:
      target.relationTo === 'cases' ? { _status: true, openForDebate: true } : { _status: true },
  })
  if (!doc || doc._status !== 'published') {
    invalidField(
      req,
      collection.slug,
      'target',
      t(
        'Der kan kun kommenteres på udgivne cases, dilemmaer og modeller.',
        'Comments are on published cases, dilemmas and models only.',
      ),
    )
  }
  if (target.relationTo === 'cases' && !(doc as { openForDebate?: boolean }).openForDebate) {
    invalidField(
      req,
      collection.slug,
      'target',
      t(
        'Denne case er ikke åben for debat. Vælg en case, der er sat til debat, et dilemma eller en model.',
        'This case is not open for debate.',
      ),
    )
  }
  return data
}
