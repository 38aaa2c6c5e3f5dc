import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../types'

import { anyOf } from '../access/combine'
import { partnerHasRight } from '../access/ownedDocuments'

/** Velfærdspanel data (documents and their files) for partners whose tier grants panel data. */
export const withPanelData = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => ({
  ...collection,
  access: {
    ...collection.access,
    read: anyOf(collection.access?.read, partnerHasRight(options, 'panelData')),
  },
})
