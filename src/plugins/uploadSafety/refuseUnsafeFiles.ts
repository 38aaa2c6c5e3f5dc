import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'
import sharp from 'sharp'

import type { CustomTranslationKey } from '../../i18n/translations'

const WRITES = new Set(['create', 'update', 'updateByID'])

/** Width × height from the image header only (nothing is decoded); undefined if not an image. */
const declaredPixels = async (input: Buffer | string) => {
  // No pixel limit here: this reads the header, and the header is what is judged.
  const { height, width } = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => ({ height: undefined, width: undefined }))
  return width && height ? { height, width } : undefined
}

/**
 * Refuses, before Payload reads a byte of it, an empty file and an image whose header
 * declares more pixels than `maxPixels`: a few kilobytes can declare billions of pixels that
 * decoding for the image sizes would have to hold in memory (a decompression bomb).
 */
export const refuseUnsafeFiles =
  (maxPixels: number): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const { file } = req
    if (!file || !WRITES.has(operation)) {
      return args
    }
    const refuse = (key: CustomTranslationKey, values: Record<string, unknown>) =>
      new APIError(req.t(key as never, values), 400, undefined, true)
    if (!file.size && !file.data?.length) {
      throw refuse('custom:fileEmpty', { name: file.name })
    }
    const size = await declaredPixels(file.tempFilePath || file.data)
    if (size && size.width * size.height > maxPixels) {
      throw refuse('custom:imageTooLarge', {
        ...size,
        max: maxPixels,
        megapixels: Math.floor(maxPixels / 1e6),
      })
    }
    return args
  }
