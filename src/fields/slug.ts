import { slugField, type RowField } from 'payload'

import { t } from '../admin/label'
import { slugify } from '../utilities/slugify'

/**
 * Payload's slug field (generated from `title` when left empty, editable, unique, indexed)
 * with Danish letters transliterated.
 */
export const slug = (useAsSlug = 'title'): RowField =>
  slugField({
    overrides: (row) => {
      const [checkbox, text] = row.fields
      return {
        ...row,
        fields: [
          checkbox,
          {
            ...text,
            admin: {
              ...text.admin,
              description: t(
                'Adressen i URL’er. Udfyldes fra titlen, hvis den står tom.',
                'The address in URLs. Filled from the title when left empty.',
              ),
            },
            label: t('Slug', 'Slug'),
          } as typeof text,
        ],
      }
    },
    position: 'sidebar',
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? slugify(valueToSlugify) : undefined),
    useAsSlug,
  })
