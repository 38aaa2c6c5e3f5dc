import type { CollectionSlug, Field, Plugin } from 'payload'

import { t } from '../admin/label'

/**
 * Each document that can be debated gets its debate as a join field, `comments`: the visible
 * comments on it, oldest first, read with the document in one request (REST `depth` ≥ 1,
 * GraphQL `comments { docs { … } }`). The targets are those of the comments' `target` field.
 */
export const debate =
  ({ comments = 'comments' as CollectionSlug, on = 'target' } = {}): Plugin =>
  (config) => {
    const target = config.collections
      ?.find(({ slug }) => slug === comments)
      ?.fields.find((field) => 'name' in field && field.name === on)
    const targets: string[] = target?.type === 'relationship' ? [target.relationTo].flat() : []
    const join: Field = {
      name: 'comments',
      type: 'join',
      admin: { defaultColumns: ['body', 'author', 'createdAt'] },
      collection: comments,
      defaultSort: 'createdAt',
      label: t('Debat', 'Debate'),
      on,
    }
    return {
      ...config,
      collections: config.collections?.map((collection) =>
        targets.includes(collection.slug) ? { ...collection, fields: [...collection.fields, join] } : collection,
      ),
    }
  }
