import path from 'node:path'

/**
 * Uploaded files live beside the database in the data folder (`$DATA_DIR/uploads/<collection>`),
 * out of git. Resolved from the working directory, which is the project root for every entry point.
 */
export const uploadDir = (collection: string): string =>
  path.resolve(process.env.DATA_DIR || '.data', 'uploads', collection)

/** Largest upload accepted, in bytes (UPLOAD_MAX_BYTES, default 10 MB). */
export const maxUploadBytes = Number(process.env.UPLOAD_MAX_BYTES) || 10 * 1024 * 1024

/** Largest image accepted, in pixels (UPLOAD_MAX_PIXELS, default 40 megapixels, e.g. 8000 × 5000). */
export const maxUploadPixels = Number(process.env.UPLOAD_MAX_PIXELS) || 40_000_000

/** Raster image types every image collection accepts; SVG is refused (it can carry script). */
export const imageMimeTypes = ['image/png', 'image/jpeg', 'image/webp']

/**
 * What every upload collection shares: its folder, and no server-side fetching of files from
 * URLs ("paste URL"), which would let uploaders make the server call out.
 */
export const uploadBase = (collection: string) => ({ pasteURL: false as const, staticDir: uploadDir(collection) })
