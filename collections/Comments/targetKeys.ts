import type { CollectionBeforeChangeHook, Field, Where } from 'payload'

import { extractID } from 'payload/shared'

import { t } from '../../src/admin/label'

/** One plain relationship per kind of target, filled from `target`, so each has a join and a simple filter. */
const keys = { cases: 'case', dilemmas: 'dilemma', models: 'model' } as const

const labels = {
  cases: t('Case', 'Case'),
  dilemmas: t('Dilemma', 'Dilemma'),
  models: t('Model', 'Model'),
}

/**
 * `case`, `dilemma`, `model`: which document a comment is on, as plain relationships. Payload's
 * GraphQL cannot filter by the polymorphic `target` ("paths cannot be queried", 3.90); by these
 * it can (`Comments(where: { case: { equals: 5 } })`), and the debate joins use them. Set from `target` only.
 */
export const targetKeyFields: Field[] = (Object.keys(keys) as Array<keyof typeof keys>).map(
  (relationTo) => ({
    name: keys[relationTo],
    type: 'relationship' as const,
    admin: { hidden: true },
    index: true,
    label: labels[relationTo],
    relationTo,
  }),
)

/**
 * A comment is public only while what it is on is published: withdrawing a case, dilemma or model
 * withdraws its debate from every public read (lists, by id, joins; REST and GraphQL), and
 * publishing it again brings the debate back.
 */
export const onPublishedTarget: Where = {
  or: Object.values(keys).map((key) => ({ [`${key}._status`]: { equals: 'published' } })),
}

/** Fills `case`, `dilemma` and `model` from `target` (the one that matches, the others null). */
export const setTargetKeys: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const target = (data.target ?? originalDoc?.target) as
    { relationTo: keyof typeof keys; value: unknown } | undefined
  const keyed = Object.fromEntries(
    Object.entries(keys).map(([relationTo, key]) => [
      key,
      relationTo === target?.relationTo ? extractID(target.value as { id: number } | number) : null,
    ]),
  )
  return { ...data, ...keyed }
}
