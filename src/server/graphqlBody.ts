import type { Request, Response } from 'express'
import type { IncomingMessage } from 'node:http'

const DISTURBED = Symbol.for('nodejs.stream.disturbed')

/**
 * Reads a request body to its end and puts it back, so the handler after us (Next, which
 * reads `data` events) still receives it whole. The bytes are un-read with `unshift` before
 * the stream emits `end`, which Node allows; resolves with undefined once `maxBytes` is passed
 * (what was read is put back all the same).
 */
export const peekBody = async (
  req: IncomingMessage,
  maxBytes: number,
): Promise<Buffer | undefined> => {
  // Out of the parser's synchronous run: a request that came in one packet is then complete,
  // and its end cannot be reached between our listening and our first read.
  await new Promise((resolve) => setImmediate(resolve))
  // Nothing to read: listening would only make the stream emit `end` before Next listens.
  if (req.complete && req.readableLength === 0) {
    return Buffer.alloc(0)
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = (body: Buffer | undefined) => {
      req.removeListener('readable', onReadable)
      req.removeListener('error', onError)
      const all = Buffer.concat(chunks)
      if (all.length) {
        req.unshift(all)
      }
      // Node counts a stream that was read from as "disturbed", and fetch's Request (which Next
      // builds from this one) refuses such a body; with the bytes put back it is whole again.
      Object.assign(req, { [DISTURBED]: false })
      resolve(body)
    }
    const onError = (error: Error) => {
      req.removeListener('readable', onReadable)
      reject(error)
    }
    // Reads only what is buffered, never past the end, so `end` is left for the next reader.
    const onReadable = () => {
      while (req.readableLength > 0) {
        const chunk = req.read() as Buffer
        chunks.push(chunk)
        size += chunk.length
        if (size > maxBytes) {
          return finish(undefined)
        }
      }
      if (req.complete) {
        finish(Buffer.concat(chunks))
      }
    }
    req.on('error', onError)
    req.on('readable', onReadable)
  })
}

/** Which rate-limited operation a GraphQL request body asks for, if any. */
export const graphqlOperation = (body: string): 'login' | 'passwordReset' | undefined => {
  // By name anywhere in the text, which is conservative: a mention in a comment counts too.
  if (/\blogin[A-Z_]\w*/.test(body)) {
    return 'login'
  }
  if (/\b(forgotPassword|resetPassword)[A-Z_]\w*/.test(body)) {
    return 'passwordReset'
  }
  return undefined
}

/** The `query` of a JSON GraphQL request body, or '' (a batch: the queries joined). */
export const graphqlQuery = (body: string): string => {
  try {
    const parsed = JSON.parse(body) as unknown
    const requests = Array.isArray(parsed) ? parsed : [parsed]
    return requests
      .map((request) => (typeof request?.query === 'string' ? request.query : ''))
      .join('\n')
  } catch {
    return ''
  }
}

/** GraphQL bodies are read before Payload (see below); no real query needs more. */
export const MAX_GRAPHQL_BYTES = 1024 * 1024

/** Whether this request is a GraphQL POST, whose body the middlewares below look into. */
export const isGraphqlPost = (req: Request) => req.method === 'POST' && req.path === '/api/graphql'

/**
 * The text of a GraphQL POST body, read once per request (and put back for Payload) however
 * many middlewares ask; undefined when it exceeds MAX_GRAPHQL_BYTES.
 */
export const graphqlText = (req: Request, res: Response): Promise<string | undefined> => {
  const locals = res.locals as { graphqlText?: Promise<string | undefined> }
  locals.graphqlText ??= peekBody(req, MAX_GRAPHQL_BYTES).then(
    (body) => body?.toString('utf8'),
    () => '',
  )
  return locals.graphqlText
}
