import type { RelationshipFieldManyValidation } from 'payload'

import { relationship } from 'payload/shared'

import type { CustomTranslationKey } from '../../src/i18n/translations'

/**
 * The catalogue shows every model through concrete examples, so a model is published
 * only with at least one example case. Drafts may have none yet.
 */
export const examplesToPublish: RelationshipFieldManyValidation = (value, args) => {
  const publishing = (args.data as { _status?: string })?._status === 'published'
  if (publishing && (!Array.isArray(value) || value.length === 0)) {
    return args.req.t('custom:modelNeedsExample' satisfies CustomTranslationKey as never)
  }
  return relationship(value, args as never)
}
