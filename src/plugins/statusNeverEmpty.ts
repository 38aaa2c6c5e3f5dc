import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  GlobalBeforeChangeHook,
  GlobalConfig,
  Plugin,
} from 'payload'

type Hook = CollectionBeforeChangeHook & GlobalBeforeChangeHook

/**
 * `_status: null` in a write means "as it was" (a new document: a draft). Payload would store the
 * null, which no rule reads as a draft: the publish guards refuse only `published`, and the search
 * index took such a document for published, so a partner's unreviewed text reached the public index.
 */
const keepStatus: Hook = ({ data, originalDoc }) =>
  data._status === null
    ? { ...data, _status: (originalDoc as { _status?: string } | undefined)?._status ?? 'draft' }
    : data

const withDrafts = <T extends CollectionConfig | GlobalConfig>(entity: T): T =>
  typeof entity.versions === 'object' && entity.versions.drafts
    ? {
        ...entity,
        hooks: {
          ...entity.hooks,
          beforeChange: [keepStatus, ...(entity.hooks?.beforeChange ?? [])],
        },
      }
    : entity

/** Every collection and global with drafts, the plugins' too: a document is always a draft or published. */
export const statusNeverEmpty: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map(withDrafts),
  globals: (config.globals ?? []).map(withDrafts),
})
