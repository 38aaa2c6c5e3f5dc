import type { Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

import { folderOf, objectStorageSettings } from './objectStorageSettings'

/**
 * Every upload collection's files in the S3 bucket of `S3_BUCKET` (README: Object storage), each
 * collection under a folder of its own (`<S3_PREFIX>/<collection>/<file>`), or on local disk when
 * it is unset. Files are still served by Payload (`/api/<collection>/file/<name>`), so its access
 * rules decide who gets one; the bucket needs no public access. The storage fields (`prefix`,
 * `_objectKey`) are in the schema either way, so one set of migrations fits both.
 */
export const objectStorage =
  (env: NodeJS.ProcessEnv = process.env): Plugin =>
  (config) => {
    const settings = objectStorageSettings(env)
    const uploads = (config.collections ?? []).filter((collection) => collection.upload)
    return s3Storage({
      alwaysInsertFields: true,
      bucket: settings?.bucket ?? 'unused',
      collections: Object.fromEntries(
        uploads.map(({ slug }) => [slug, { prefix: settings ? folderOf(settings, slug) : slug }]),
      ),
      config: settings?.client ?? {},
      enabled: Boolean(settings),
      // A document's own `prefix` stays empty, under its collection's folder: the folders follow
      // S3_PREFIX rather than being written into each row.
      useCompositePrefixes: true,
    })(config)
  }
