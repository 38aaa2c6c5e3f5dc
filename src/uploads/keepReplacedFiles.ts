import type { CollectionBeforeOperationHook } from 'payload'

import { link, rename, unlink } from 'node:fs/promises'
import path from 'node:path'

import { onTransactionEnd } from '../db/transactionEnd'

type Stored = {
  filename?: null | string
  sizes?: null | Record<string, { filename?: null | string }>
}

/**
 * Replacing an upload's file: Payload deletes the old file (and its sizes) before it validates and
 * writes the update, so a refused or failed update left the document pointing at nothing. Before
 * that, each old file is kept under a second name (a hard link: no copy); when the write commits the
 * second names go, when it rolls back the old files return to their names.
 */
export const keepReplacedFiles: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  // In object storage (README: Object storage) the storage plugin deletes the replaced objects
  // itself, once the new ones are stored.
  const staticDir =
    collection.upload &&
    typeof collection.upload === 'object' &&
    !collection.upload.disableLocalStorage
      ? collection.upload.staticDir
      : undefined
  if (operation !== 'update' || id === undefined || !req.file || !staticDir || !req.transactionID) {
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
  const names = [
    stored?.filename,
    ...Object.values(stored?.sizes ?? {}).map((size) => size?.filename),
  ].filter((name): name is string => Boolean(name))
  const kept: Array<{ file: string; keep: string }> = []
  const transaction = String(await req.transactionID)
  for (const name of names) {
    const file = path.join(staticDir, path.basename(name))
    const keep = `${file}.replaced-${transaction}`
    // A file already gone has nothing to keep.
    if (
      await link(file, keep).then(
        () => true,
        () => false,
      )
    ) {
      kept.push({ file, keep })
    }
  }
  if (kept.length) {
    await onTransactionEnd(req, {
      committed: [
        () =>
          Promise.all(kept.map(({ keep }) => unlink(keep).catch(() => undefined))).then(
            () => undefined,
          ),
      ],
      rolledBack: [
        () => Promise.all(kept.map(({ file, keep }) => rename(keep, file))).then(() => undefined),
      ],
    })
  }
  return args
}
