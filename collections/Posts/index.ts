import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../src/access/collectionAccess'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { drafts } from '../../src/collections/drafts'
import { body, summary, title } from '../../src/fields/editorial'
import { slug } from '../../src/fields/slug'
import { setAuthor } from '../../src/hooks/setAuthor'
import { withReview } from '../../src/review/withReview'

/** The partners' blog on the project website; editors publish. */
export const Posts: CollectionConfig = withReview(
  {
    slug: 'posts',
    access: editorialAccess,
    admin: {
      defaultColumns: ['title', 'partner', '_status', 'reviewStatus', 'publishedAt'],
      description: t(
        'Partnernes blog på projektets website.',
        'The partners’ blog on the project website.',
      ),
      group: groups.debate,
      useAsTitle: 'title',
    },
    defaultSort: '-publishedAt',
    fields: [
      title,
      summary(),
      body,
      slug(),
      {
        name: 'partner',
        type: 'relationship',
        admin: { position: 'sidebar' },
        index: true,
        label: t('Partner', 'Partner'),
        relationTo: 'partners',
        required: true,
      },
      {
        name: 'author',
        type: 'relationship',
        // Set by the server: whoever wrote it.
        admin: { position: 'sidebar', readOnly: true },
        label: t('Forfatter', 'Author'),
        relationTo: 'users',
      },
      {
        name: 'publishedAt',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
        index: true,
        label: t('Udgivet', 'Published'),
      },
    ],
    hooks: { beforeChange: [setAuthor] },
    labels: { plural: t('Blogindlæg', 'Posts'), singular: t('Blogindlæg', 'Post') },
    versions: drafts,
  },
  { definite: 'blogindlægget', indefinite: 'et blogindlæg' },
)
