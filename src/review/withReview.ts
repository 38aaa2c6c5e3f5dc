import type { CollectionConfig } from 'payload'

import { freshDuplicate, guardReview } from './guardReview'
import { notifyReview, type ReviewNoun } from './notifyReview'
import { reviewFields } from './reviewFields'

/**
 * Partner-written documents go draft → submitted → published (or returned with a message)
 * by an editor, with emails at each step. Editors find submissions by the review column.
 */
export const withReview = (collection: CollectionConfig, noun: ReviewNoun): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      // Partners hand in with one button; editors publish as usual.
      edit: {
        ...collection.admin?.components?.edit,
        PublishButton: '/src/review/components/SubmitForReviewButton#SubmitForReviewButton',
      },
    },
  },
  fields: [...collection.fields, ...reviewFields],
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), notifyReview(noun)],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), guardReview],
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), freshDuplicate],
  },
})
