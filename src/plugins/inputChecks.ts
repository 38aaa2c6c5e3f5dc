import type { Config, Plugin } from 'payload'

import { knownFields } from '../hooks/knownFields'
import { strictTypes } from '../hooks/strictTypes'

/**
 * Every collection — the project's and the plugins' (search) — refuses, with a 400 naming the
 * field, fields it does not have, non-numeric input to number fields and non-text input to text
 * fields, instead of dropping them or storing null or JSON. Placed after every plugin that adds
 * collections; queries are judged for Payload's own collections too (src/query/querySafety.ts).
 */
export const inputChecks: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), strictTypes, knownFields],
    },
  })),
})
