import type { CollectionBeforeChangeHook, Payload } from 'payload'

import { rm } from 'node:fs/promises'
import path from 'node:path'

type FileNames = {
  filename?: null | string
  sizes?: null | Record<string, { filename?: null | string }>
}

/**
 * Payload writes an upload's files before the database row is stored (and, on update, before
 * the collection's beforeChange hooks run), and a later failure rolls back only the database.
 * These two parts remove the files again: a hook notes the new files under the request's
 * transaction, and the database adapter's rollback (or a failed commit) deletes them.
 */
export const fileTracking = () => {
  const pending = new Map<number | string, string[]>()

  const removePending = async (id: number | string) => {
    const files = pending.get(id)
    pending.delete(id)
    await Promise.all((files ?? []).map((file) => rm(file, { force: true })))
  }

  /** Must run first among beforeChange hooks: on update the files are on disk already. */
  const noteNewFiles: CollectionBeforeChangeHook = async ({
    collection,
    data,
    originalDoc,
    req,
  }) => {
    const id = await req.transactionID
    // Files in object storage are written only after the row (the storage plugin's afterChange).
    const staticDir =
      collection.upload && !collection.upload.disableLocalStorage && collection.upload.staticDir
    const { filename, sizes } = data as FileNames
    // Only a file sent with this request under a new name; a re-crop overwrites the old ones.
    if (
      !req.file ||
      !id ||
      !staticDir ||
      !filename ||
      filename === (originalDoc as FileNames | undefined)?.filename
    ) {
      return data
    }
    const names = [filename, ...Object.values(sizes ?? {}).map((size) => size?.filename)]
    const files = names
      .filter((name): name is string => Boolean(name))
      .map((name) => path.join(staticDir, name))
    pending.set(id, [...(pending.get(id) ?? []), ...files])
    return data
  }

  const watchTransactions = (payload: Payload) => {
    const { db } = payload
    const commit = db.commitTransaction.bind(db)
    const rollback = db.rollbackTransaction.bind(db)
    db.commitTransaction = async (id) => {
      const key = await id
      try {
        await commit(id)
        pending.delete(key)
      } catch (error) {
        await removePending(key)
        throw error
      }
    }
    db.rollbackTransaction = async (id) => {
      const key = await id
      try {
        await rollback(id)
      } finally {
        await removePending(key)
      }
    }
  }

  return { noteNewFiles, watchTransactions }
}
