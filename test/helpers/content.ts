import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'

import sharp from 'sharp'

/** A Lexical document with one paragraph per text. */
export const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      version: 1,
    })),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

/** A real PNG made by sharp. */
export const png = (width = 64, height = 32): Promise<Buffer> =>
  sharp({ create: { background: '#0b5c7a', channels: 3, height, width } }).png().toBuffer()

/** The multipart body Payload's REST API takes for uploads: the file plus the document's fields. */
export const uploadForm = (file: Buffer | string, filename: string, type: string, data: Record<string, unknown>) => {
  const form = new FormData()
  form.append('file', new Blob([typeof file === 'string' ? file : new Uint8Array(file)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return form
}

/** A REST validation error's field paths. */
export const invalidPaths = (body: { errors?: Array<{ data?: { errors?: Array<{ path: string }> } }> }) =>
  (body.errors ?? []).flatMap((error) => error.data?.errors?.map(({ path }) => path) ?? [])

/**
 * Local API create without the generated types' insistence on fields hooks fill in
 * (the slug is made from the title); the server validates as usual.
 */
export const create = <S extends CollectionSlug>(payload: Payload, collection: S, data: Record<string, unknown>) =>
  payload.create({ collection, data } as never) as Promise<DataFromCollectionSlug<S>>
