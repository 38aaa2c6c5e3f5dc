import type { PayloadRequest } from 'payload'

import sharp from 'sharp'

import type { PrintedPartner } from './catalogueContent'

import { readUploadedFile } from '../uploads/uploadedFile'

/** Wide enough for a sharp logo at print size (140 pt), small enough to keep the file light. */
const LOGO_WIDTH = 600

/** Logos already converted, by file and version: converting one takes 35–130 ms (docs/benchmarks.md). */
const converted = new Map<string, string>()
const KEPT = 100

const convert = async (file: Buffer): Promise<string> => {
  const png = await sharp(file)
    .resize({ width: LOGO_WIDTH, withoutEnlargement: true })
    .png()
    .toBuffer()
  return `data:image/png;base64,${png.toString('base64')}`
}

/**
 * The partners' logos that the public may see, as PNG data URLs by partner id (pdfmake takes
 * PNG and JPEG; logos may be WebP). The print size is used where there is one. A logo whose file
 * cannot be read is left out (the partner's name still shows) and logged.
 */
export const logoImages = async (
  req: PayloadRequest,
  partners: PrintedPartner[],
): Promise<Map<number, string>> => {
  const images = await Promise.all(
    partners.map(async ({ id, logo }) => {
      const filename = logo?.sizes?.print?.filename ?? logo?.filename
      if (!filename) {
        return []
      }
      const key = `${filename}@${logo?.updatedAt}`
      try {
        const image =
          converted.get(key) ??
          (await convert(await readUploadedFile(req, 'logos', logo!, filename)))
        converted.set(key, image)
        if (converted.size > KEPT) {
          converted.delete(converted.keys().next().value!)
        }
        return [[id, image] as const]
      } catch (error) {
        req.payload.logger.warn(
          { err: error, filename },
          'Catalogue PDF: a logo file could not be read',
        )
        return []
      }
    }),
  )
  return new Map(images.flat())
}
