import type { CollectionConfig } from 'payload'

import type { ResolvedOptions, Right } from '../types'

import { anyOf } from '../access/combine'
import { ownPartnersDocuments, partnerHasRight } from '../access/ownedDocuments'
import { ownerField } from '../fields/ownerField'
import { explainMissingRight } from '../hooks/explainMissingRight'
import { ownedByRequestPartner } from '../hooks/ownedByRequestPartner'
import { draftsOnly, explainNoPublishing, keepDrafts } from '../rules/partnersNeverPublish'

/**
 * A collection of partner-owned documents (cases, posts, their media): a partner user whose tier
 * grants one of `rights` creates them for its own partner, reads and edits its own drafts, never
 * publishes (`rules/partnersNeverPublish.ts`).
 */
export const withOwnedDocuments = (
  collection: CollectionConfig,
  options: ResolvedOptions,
  ...rights: Right[]
): CollectionConfig => {
  const owner = options.ownerField
  return {
    ...collection,
    access: {
      ...collection.access,
      create: anyOf(collection.access?.create, partnerHasRight(options, ...rights)),
      delete: anyOf(collection.access?.delete, ownPartnersDocuments(owner)),
      read: anyOf(collection.access?.read, ownPartnersDocuments(owner)),
      readVersions: anyOf(
        collection.access?.readVersions,
        ownPartnersDocuments(`version.${owner}`),
      ),
      update: anyOf(collection.access?.update, draftsOnly(ownPartnersDocuments(owner))),
    },
    fields: collection.fields.map((field) =>
      'name' in field && field.name === owner ? ownerField(field) : field,
    ),
    hooks: {
      ...collection.hooks,
      beforeChange: [
        ...(collection.hooks?.beforeChange ?? []),
        ownedByRequestPartner(owner),
        keepDrafts,
      ],
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        explainMissingRight(options, rights),
        explainNoPublishing,
      ],
    },
  }
}
