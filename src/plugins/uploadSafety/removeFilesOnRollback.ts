import type { CollectionBeforeChangeHook, Payload } from 'payload'

import { type FileStore, fileStore } from '../../uploads/fileStore'

type FileNames = {
  _objectKey?: null | string
  filename?: null | string
  prefix?: null | string
  sizes?: null | Record<string, { filename?: null | string }>
}

/**
 * Payload writes an upload's files before the database row is stored (and, on update, before
 * the collection's beforeChange hooks run; with object storage the storage plugin writes them
 * after the row, before the commit), and a later failure rolls back only the database.
 * These two parts remove the files again: a hook notes the new files under the request's
 * transaction, and the database adapter's rollback (or a failed commit) deletes them.
 */
export const fileTracking = () => {
  const pending = new Map<number | string, Array<{ name: string; store: FileStore }>>()

  const removePending = async (id: number | string) => {
    const files = pending.get(id)
    pending.delete(id)
    await Promise.all((files ?? []).map(({ name, store }) => store.remove(name)))
  }

  /** Must run first among beforeChange hooks: on update the files on disk are written already. */
  const noteNewFiles: CollectionBeforeChangeHook = async ({
    collection,
    data,
    originalDoc,
    req,
  }) => {
    const id = await req.transactionID
    const { filename, sizes } = data as FileNames
    // Where the new files go: in a bucket, under the document's prefix (kept from the stored one).
    const store = fileStore(collection, { ...(originalDoc as FileNames), ...(data as FileNames) })
    // Only a file sent with this request under a new name; a re-crop overwrites the old ones.
    if (
      !req.file ||
      !id ||
      !store ||
      !filename ||
      filename === (originalDoc as FileNames | undefined)?.filename
    ) {
      return data
    }
    const files = [filename, ...Object.values(sizes ?? {}).map((size) => size?.filename)]
      .filter((name): name is string => Boolean(name))
      .map((name) => ({ name, store }))
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
