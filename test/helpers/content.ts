import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'

import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'

export { richText } from '../../src/utilities/richText'

/** A real PNG made by sharp. */
export const png = (width = 64, height = 32): Promise<Buffer> =>
  sharp({ create: { background: '#0b5c7a', channels: 3, height, width } })
    .png()
    .toBuffer()

/** The multipart body Payload's REST API takes for uploads: the file plus the document's fields. */
export const uploadForm = (
  file: Buffer | string,
  filename: string,
  type: string,
  data: Record<string, unknown>,
) => {
  const form = new FormData()
  form.append(
    'file',
    new Blob([typeof file === 'string' ? file : new Uint8Array(file)], { type }),
    filename,
  )
  form.append('_payload', JSON.stringify(data))
  return form
}

/** A REST validation error's field paths. */
export const invalidPaths = (body: {
  errors?: Array<{ data?: { errors?: Array<{ path: string }> } }>
}) => (body.errors ?? []).flatMap((error) => error.data?.errors?.map(({ path }) => path) ?? [])

/**
 * Local API create without the generated types' insistence on fields hooks fill in
 * (the slug is made from the title); the server validates as usual.
 */
export const create = <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  data: Record<string, unknown>,
) => payload.create({ collection, data } as never) as Promise<DataFromCollectionSlug<S>>

/** A minimal, well-formed one-page PDF (header, objects, cross-reference table, trailer). */
export const pdf = (): Buffer => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const pngChunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A PNG of a few hundred bytes whose header declares `width` × `height` one-bit pixels, with a
 * token of image data: what a decompression bomb shows before anyone decodes it.
 */
export const pngDeclaring = (width: number, height: number): Buffer => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([1, 0, 0, 0, 0], 8) // bit depth 1, greyscale, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(4096))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}
