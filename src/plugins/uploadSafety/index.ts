import type { CollectionConfig, Config, Plugin, SharpDependency } from 'payload'

import { refuseUnsafeFiles } from './refuseUnsafeFiles'
import { fileTracking } from './removeFilesOnRollback'

export type UploadSafetyOptions = {
  /** Largest image accepted, in pixels (width × height). */
  maxPixels: number
}

/**
 * For every upload collection: empty files and pixel bombs refused up front, sharp itself
 * held to the same pixel limit (its default is about 268 megapixels), and no file left on
 * disk when the document is not stored. Put it last among the plugins so its hooks come first.
 */
export const uploadSafety =
  ({ maxPixels }: UploadSafetyOptions): Plugin =>
  (config: Config): Config => {
    const { noteNewFiles, watchTransactions } = fileTracking()
    const guard = (collection: CollectionConfig): CollectionConfig =>
      collection.upload
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeChange: [noteNewFiles, ...(collection.hooks?.beforeChange ?? [])],
              beforeOperation: [
                refuseUnsafeFiles(maxPixels),
                ...(collection.hooks?.beforeOperation ?? []),
              ],
            },
          }
        : collection
    const sharp = config.sharp
    const limitedSharp: SharpDependency | undefined =
      sharp && ((input, options) => sharp(input, { limitInputPixels: maxPixels, ...options }))

    return {
      ...config,
      collections: (config.collections ?? []).map(guard),
      onInit: async (payload) => {
        watchTransactions(payload)
        await config.onInit?.(payload)
      },
      sharp: limitedSharp,
    }
  }
