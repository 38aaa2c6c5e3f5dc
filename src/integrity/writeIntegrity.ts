import type { SanitizedConfig } from 'payload'

import { keepReplacedFiles } from '../uploads/keepReplacedFiles'
import { entityTagHeader, globalEntityTagHeader, globalIfMatch, ifMatch } from './preconditions'
import { serialGlobalWrites, serialWrites } from './serialWrites'
import { visibilityAsked } from './visibilityAsked'

/**
 * Every write to every collection and global — ours, the plugins' and Payload's own — takes its
 * turn on its document, honours `If-Match`, changes visibility only when asked, and keeps a replaced
 * upload's files until it commits; REST reads and
 * writes of one document answer with its `ETag`. First among the hooks: the lock must be held
 * before anything reads the document. Applied to the sanitized config: `buildConfig(...).then(withWriteIntegrity)`.
 */
export const withWriteIntegrity = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [
      serialWrites,
      ifMatch,
      visibilityAsked,
      keepReplacedFiles,
      ...(collection.hooks.beforeOperation ?? []),
    ]
    collection.hooks.afterOperation = [...(collection.hooks.afterOperation ?? []), entityTagHeader]
  }
  for (const global of config.globals) {
    global.hooks.beforeOperation = [
      serialGlobalWrites,
      globalIfMatch,
      ...(global.hooks.beforeOperation ?? []),
    ]
    global.hooks.afterRead = [...(global.hooks.afterRead ?? []), globalEntityTagHeader]
  }
  return config
}
