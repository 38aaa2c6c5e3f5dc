import type { CollectionBeforeOperationHook } from 'payload'

import path from 'node:path'

import { onTransactionEnd } from '../db/transactionEnd'
import { fileStore } from './fileStore'

type Stored = {
  _objectKey?: null | string
  filename?: null | string
  prefix?: null | string
  sizes?: null | Record<string, { filename?: null | string }>
}

/**
 * Replacing an upload's file: Payload deletes the old file (and its sizes) before it validates and
 * writes the update — the storage plugin, with object storage, once the new ones are stored but
 * still before the commit — so a refused or failed update left the document pointing at nothing.
 * Before that, each old file is kept under a second name (on disk a hard link, in a bucket a copy);
 * when the write commits the second names go, when it rolls back the old files return to their names.
 */
export const keepReplacedFiles: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  if (
    operation !== 'update' ||
    id === undefined ||
    !req.file ||
    !collection.upload ||
    !req.transactionID
  ) {
    return args
  }
  const stored = (await req.payload.findByID({
    id,
    collection: collection.slug as 'media',
    depth: 0,
    disableErrors: true,
    draft: true,
    overrideAccess: true,
    req,
  })) as null | Stored
  const store = fileStore(collection, stored ?? {})
  if (!store) {
    return args
  }
  const names = [
    stored?.filename,
    ...Object.values(stored?.sizes ?? {}).map((size) => size?.filename),
  ].filter((name): name is string => Boolean(name))
  const kept: Array<{ keep: string; name: string }> = []
  const transaction = String(await req.transactionID)
  for (const name of names) {
    const keep = `${path.basename(name)}.replaced-${transaction}`
    // A file already gone has nothing to keep.
    if (await store.keep(name, keep)) {
      kept.push({ name, keep })
    }
  }
  if (kept.length) {
    await onTransactionEnd(req, {
      committed: [
        () =>
          Promise.all(kept.map(({ keep }) => store.remove(keep).catch(() => undefined))).then(
            () => undefined,
          ),
      ],
      rolledBack: [
        () =>
          Promise.all(kept.map(({ name, keep }) => store.restore(keep, name))).then(
            () => undefined,
          ),
      ],
    })
  }
  return args
}
