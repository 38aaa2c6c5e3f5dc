/**
 * The project's own messages, in the admin's two languages. Used as `req.t('custom:key')`
 * so API errors come in the language of the request.
 */
export const translations = {
  da: {
    custom: {
      modelNeedsExample: 'En model skal have mindst én eksempel-case for at kunne udgives.',
      invalidUrl: 'Skriv en fuld webadresse, der begynder med https:// eller http://.',
    },
  },
  en: {
    custom: {
      modelNeedsExample: 'A model needs at least one example case to be published.',
      invalidUrl: 'Enter a full web address starting with https:// or http://.',
    },
  },
}

export type CustomTranslationKey = `custom:${keyof (typeof translations)['en']['custom']}`
