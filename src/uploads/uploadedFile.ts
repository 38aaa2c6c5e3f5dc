import type { CollectionSlug, PayloadRequest, TypeWithID } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The bytes of one file of an uploaded document (its original or one of its sizes, by name),
 * wherever the files are kept: read through the collection's storage handler (object storage,
 * README: Object storage) as Payload serves it, else from the collection's folder on disk. Not
 * an access check: the caller has read the document with the reader's rights.
 */
export const readUploadedFile = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  doc: TypeWithID,
  filename: string,
): Promise<Buffer> => {
  const upload = req.payload.collections[collection].config.upload
  // The handler reads a range or a validator from its request's headers: asked with none, it gives the whole file.
  const plain = { headers: new Headers(), payload: req.payload } as PayloadRequest
  for (const handler of upload.handlers ?? []) {
    const response = await handler(plain, { doc, params: { collection, filename } })
    if (response instanceof Response) {
      if (!response.ok) {
        throw new Error(`${collection} file ${filename}: the storage answered ${response.status}`)
      }
      return Buffer.from(await response.arrayBuffer())
    }
  }
  return readFile(path.join(upload.staticDir!, path.basename(filename)))
}
