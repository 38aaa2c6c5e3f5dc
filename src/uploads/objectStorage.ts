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
  async (config) => {
    const settings = objectStorageSettings(env)
    const uploads = (config.collections ?? []).filter((collection) => collection.upload)
    const stored = await s3Storage({
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
    const own = env.SERVER_URL ? new URL(env.SERVER_URL) : undefined
    if (!settings || !own) {
      return stored
    }
    // Duplicating a document or re-cropping an image makes Payload fetch the file over HTTP from
    // its own URL (`SERVER_URL/api/<collection>/file/<name>`), which its guard against requests to
    // private addresses refuses: allowed for exactly that address, nothing else.
    return {
      ...stored,
      collections: stored.collections?.map((collection) =>
        typeof collection.upload === 'object'
          ? {
              ...collection,
              upload: {
                ...collection.upload,
                skipSafeFetch: [
                  {
                    hostname: own.hostname,
                    pathname: `/api/${collection.slug}/file/*`,
                    port: own.port,
                    protocol: own.protocol === 'https:' ? 'https' : 'http',
                  },
                ],
              },
            }
          : collection,
      ),
    }
  }
