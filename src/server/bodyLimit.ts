import type { RequestHandler } from 'express'

import { headerLanguage } from '../i18n/message'

/** Room for the form fields that travel beside an uploaded file. */
const FORM_OVERHEAD_BYTES = 64 * 1024

/**
 * Refuses a request whose declared body exceeds the upload limit before Payload reads it,
 * with 413. Left to Payload, the refusal comes mid-upload and the connection breaks under
 * the client; here the rest of the body is read and dropped, so the client gets the answer
 * and its connection stays usable.
 */
export const bodyLimit =
  (maxFileBytes: number): RequestHandler =>
  (req, res, next) => {
    const declared = Number(req.headers['content-length'])
    const limit = maxFileBytes + FORM_OVERHEAD_BYTES
    if (!(declared > limit)) {
      return next()
    }
    req.resume()
    const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
    const message = {
      da: `Filen er for stor: ${megabytes(declared)} MB; højst ${megabytes(maxFileBytes)} MB pr. fil. Gør filen mindre, og prøv igen.`,
      en: `Request body too large: ${declared} bytes, at most ${maxFileBytes} bytes per file.`,
    }
    res.status(413).json({ errors: [{ message: message[headerLanguage(req.headers)] }] })
  }
