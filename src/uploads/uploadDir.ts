import path from 'node:path'

/**
 * Uploaded files live beside the database in the data folder (`$DATA_DIR/uploads/<collection>`),
 * out of git. Resolved from the working directory, which is the project root for every entry point.
 */
export const uploadDir = (collection: string): string =>
  path.resolve(process.env.DATA_DIR || '.data', 'uploads', collection)

/** Whether uploaded files are on this server's disk: not when they are in object storage (S3_BUCKET, README: Object storage). */
export const uploadsOnDisk = (env: NodeJS.ProcessEnv = process.env): boolean => !env.S3_BUCKET

/** Largest upload accepted, in bytes (UPLOAD_MAX_BYTES, default 10 MB). */
export const maxUploadBytes = Number(process.env.UPLOAD_MAX_BYTES) || 10 * 1024 * 1024

/** Largest image accepted, in pixels (UPLOAD_MAX_PIXELS, default 40 megapixels, e.g. 8000 × 5000). */
export const maxUploadPixels = Number(process.env.UPLOAD_MAX_PIXELS) || 40_000_000

/** Raster image types every image collection accepts; SVG is refused (it can carry script). */
export const imageMimeTypes = ['image/png', 'image/jpeg', 'image/webp']

/**
 * What every upload collection shares: its folder; no server-side fetching of files from URLs
 * ("paste URL"), which would let uploaders make the server call out; and originals of raster images
 * passed through sharp with its own pixel limit. Payload then turns them upright by their EXIF
 * orientation and drops the tag (its metadata) before storing them, so the stored width and height
 * are what a browser shows — without it a phone photo taken upright was stored 1200 × 600 with
 * portrait sizes beside it.
 */
export const uploadBase = (collection: string) => ({
  constructorOptions: { limitInputPixels: maxUploadPixels },
  pasteURL: false as const,
  staticDir: uploadDir(collection),
})
