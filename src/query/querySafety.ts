import type { PayloadHandler, SanitizedConfig } from 'payload'

import { NotFound } from 'payload'

import { judgeGlobalVersionQueries } from './globalVersionQueries'
import { withPageBounds } from './pageBounds'
import { whereDepth } from './whereDepth'
import { whereOperators } from './whereOperators'

const notFound: PayloadHandler = (req) => {
  throw new NotFound(req.t)
}

/**
 * Every query to every collection — ours, the plugins' (search) and Payload's own (locks,
 * preferences), which Payload adds after the plugins — and of every global's versions, is judged
 * before it reaches the database:
 * a 400 that names what to change instead of a 500, a whole table or the database's own message.
 * Applied to the sanitized config: `buildConfig(...).then(withQuerySafety)`.
 */
export const withQuerySafety = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [
      whereDepth(10),
      whereOperators,
      ...(collection.hooks.beforeOperation ?? []),
    ]
  }
  for (const entity of [...config.collections, ...config.globals]) {
    if (!Array.isArray(entity.endpoints)) {
      continue
    }
    entity.endpoints = entity.endpoints.map(withPageBounds)
    // Payload serves `/versions` for collections without versions too, and fails there with a 500.
    if (!entity.versions) {
      entity.endpoints = entity.endpoints.map((endpoint) =>
        endpoint.path.startsWith('/versions') ? { ...endpoint, handler: notFound } : endpoint,
      )
    }
  }
  judgeGlobalVersionQueries(config)
  return config
}
