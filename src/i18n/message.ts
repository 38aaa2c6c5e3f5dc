import type { PayloadRequest } from 'payload'

import { extractHeaderLanguage } from '@payloadcms/translations'

import type { Label } from '../admin/label'

export type Language = 'da' | 'en'

/**
 * The language of a request as Payload chose it for `req.i18n`: the admin's own language
 * (cookie `payload-lng`), else `Accept-Language`, else Danish. So REST, GraphQL and the admin
 * tell a Danish user in Danish and an English one in English.
 */
export const languageOf = (req: Pick<PayloadRequest, 'i18n'> | undefined): Language =>
  req?.i18n?.language === 'en' ? 'en' : 'da'

/** A message in the request's language. */
export const say = (req: Pick<PayloadRequest, 'i18n'> | undefined, message: Label): string =>
  message[languageOf(req)]

/**
 * The same choice for requests Payload has not seen yet (express middleware): the `payload-lng`
 * cookie, else `Accept-Language`, else Danish.
 */
export const headerLanguage = (headers: {
  'accept-language'?: string
  cookie?: string
}): Language => {
  const cookie = /(?:^|;\s*)payload-lng=(da|en)(?:;|$)/.exec(headers.cookie ?? '')?.[1]
  if (cookie) {
    return cookie as Language
  }
  return headers['accept-language'] && extractHeaderLanguage(headers['accept-language']) === 'en'
    ? 'en'
    : 'da'
}
