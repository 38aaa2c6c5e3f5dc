import type { CollectionBeforeChangeHook, Field, Where } from 'payload'

import { t } from '../../src/admin/label'
import { idOf } from '../../src/utilities/idOf'

/** One plain relationship per kind of target, filled from `target`, so each has a join and a simple filter. */
const keys = { cases: 'case', dilemmas: 'dilemma', models: 'model' } as const

/**
 * `case`, `dilemma`, `model`: which document a comment is on, as plain relationships. Payload's
 * GraphQL cannot filter by the polymorphic `target` ("paths cannot be queried", 3.90); by these
 * it can (`Comments(where: { case: { equals: 5 } })`), and the debate joins use them. Set from `target` only.
 */
const labels = { cases: t('Case', 'Case'), dilemmas: t('Dilemma', 'Dilemma'), models: t('Model', 'Model') }

export const targetKeyFields: Field[] = (Object.keys(keys) as Array<keyof typeof keys>).map((relationTo) => ({
  name: keys[relationTo],
  type: 'relationship' as const,
  admin: { hidden: true },
  index: true,
  label: labels[relationTo],
  relationTo,
}))

/**
 * A comment is public only while what it is on is published: withdrawing a case, dilemma or model
 * withdraws its debate from every public read (lists, by id, joins; REST and GraphQL), and
 * publishing it again brings the debate back.
 */
export const onPublishedTarget: Where = {
  or: Object.values(keys).map((key) => ({ [`${key}._status`]: { equals: 'published' } })),
}

export const setTargetKeys: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const target = (data.target ?? originalDoc?.target) as { relationTo: keyof typeof keys; value: unknown } | undefined
  const keyed = Object.fromEntries(Object.entries(keys).map(([relationTo, key]) => [key, relationTo === target?.relationTo ? idOf(target.value) : null]))
  return { ...data, ...keyed }
}
