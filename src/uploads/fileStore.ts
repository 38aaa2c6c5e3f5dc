import type { CollectionConfig } from 'payload'

import {
  CopyObjectCommand,
  DeleteObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3'
import { buildStoragePathData } from '@payloadcms/plugin-cloud-storage/utilities'
import { link, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import {
  folderOf,
  type ObjectStorageSettings,
  objectStorageSettings,
} from './objectStorageSettings'

/**
 * The files of one uploaded document, by name, wherever they are kept: for code that keeps, puts
 * back or removes them around a transaction (reading them is `readUploadedFile`, through Payload).
 */
export type FileStore = {
  /** Keeps the file under a second name as well; false when there is no such file. */
  keep: (name: string, copy: string) => Promise<boolean>
  /** Removes a file; one that is not there is no error. */
  remove: (name: string) => Promise<void>
  /** Puts a kept copy back under the file's own name. */
  restore: (copy: string, name: string) => Promise<void>
}

/** Where the storage plugin put a document's files: its `prefix` and `_objectKey`, if any. */
type Placed = { _objectKey?: null | string; prefix?: null | string }

const onDisk = (dir: string): FileStore => {
  const at = (name: string) => path.join(dir, path.basename(name))
  return {
    // A hard link: no copy.
    keep: (name, copy) =>
      link(at(name), at(copy)).then(
        () => true,
        () => false,
      ),
    remove: (name) => rm(at(name), { force: true }),
    restore: (copy, name) => rename(at(copy), at(name)),
  }
}

let client: S3Client | undefined

const inBucket = (
  settings: ObjectStorageSettings,
  collection: string,
  placed: Placed,
): FileStore => {
  client ??= new S3Client(settings.client)
  const s3 = client
  const Bucket = settings.bucket
  // As the storage plugin builds a key (composite prefixes: src/uploads/objectStorage.ts).
  const key = (filename: string) =>
    buildStoragePathData({
      collectionPrefix: folderOf(settings, collection),
      docPrefix: [placed.prefix, placed._objectKey].filter(Boolean).join('/'),
      filename,
      useCompositePrefixes: true,
    }).storageFilePath
  const copy = (from: string, to: string) =>
    s3.send(new CopyObjectCommand({ Bucket, CopySource: `${Bucket}/${key(from)}`, Key: key(to) }))
  const remove = async (name: string) => {
    await s3.send(new DeleteObjectCommand({ Bucket, Key: key(name) }))
  }
  return {
    keep: (name, kept) =>
      copy(name, kept).then(
        () => true,
        (error: Error) => {
          if (error instanceof NoSuchKey || error instanceof NotFound) {
            return false
          }
          throw error
        },
      ),
    remove,
    restore: async (kept, name) => {
      await copy(kept, name)
      await remove(kept)
    },
  }
}

/** The store of a document of `collection`, or none for a collection without uploads. */
export const fileStore = (
  collection: Pick<CollectionConfig, 'slug' | 'upload'>,
  placed: Placed = {},
): FileStore | undefined => {
  const { slug, upload } = collection
  if (!upload) {
    return undefined
  }
  const settings = objectStorageSettings()
  if (settings && typeof upload === 'object' && upload.disableLocalStorage) {
    return inBucket(settings, slug, placed)
  }
  const dir = typeof upload === 'object' ? upload.staticDir : undefined
  return dir ? onDisk(dir) : undefined
}
