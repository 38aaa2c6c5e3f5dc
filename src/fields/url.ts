import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import type { CustomTranslationKey } from '../i18n/translations'

const isWebAddress = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

/** A full http(s) address, or nothing. */
export const webAddress: TextFieldSingleValidation = (value, args) => {
  if (value && !isWebAddress(value)) {
    return args.req.t('custom:invalidUrl' satisfies CustomTranslationKey as never)
  }
  return text(value, args)
}
