import type { Plugin } from 'payload'

import { localeAllFieldAccess } from '../hooks/localeAllFieldAccess'

/** `locale=all` reads answer with hidden localized fields absent, not 500, in every collection (see the hook). */
export const localeAll: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeRead: [localeAllFieldAccess, ...(collection.hooks?.beforeRead ?? [])],
    },
  })),
})
