import type { Response } from 'express'

const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | undefined =>
  chunk === undefined || chunk === null || typeof chunk === 'function'
    ? undefined
    : Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(
          chunk as string,
          typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
        )

/**
 * Holds what the handler writes until it ends — so its headers are all set and none sent — then
 * gives the whole body to `ended`, which answers with `send` (the response's own `end`).
 */
export const holdBody = (
  res: Response,
  ended: (body: Buffer, send: (body?: Buffer) => Response) => Response,
): void => {
  const { end, flushHeaders, write } = res
  const chunks: Buffer[] = []
  const hold = (chunk: unknown, encoding: unknown) => {
    const buffer = toBuffer(chunk, encoding)
    if (buffer) {
      chunks.push(buffer)
    }
  }
  res.flushHeaders = () => undefined
  res.write = ((chunk: unknown, encoding?: unknown) => {
    hold(chunk, encoding)
    return true
  }) as Response['write']
  res.end = ((chunk?: unknown, encoding?: unknown) => {
    hold(chunk, encoding)
    Object.assign(res, { end, flushHeaders, write })
    // One chunk is passed on as it is (the response cache's answer: see httpCaching's validators).
    return ended(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), (body) =>
      (end as (...args: unknown[]) => Response).apply(res, body ? [body] : []),
    )
  }) as Response['end']
}
