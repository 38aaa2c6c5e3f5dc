import type { CollectionConfig } from 'payload'

import { publicReferenceAccess } from '../../src/access/collectionAccess'
import { groups } from '../../src/admin/groups'
import { hiddenFromPartners } from '../../src/admin/hiddenFromPartners'
import { t } from '../../src/admin/label'
import { title } from '../../src/fields/editorial'
import { slug } from '../../src/fields/slug'

const listedUnder = (
  name: string,
  collection: 'cases' | 'dilemmas' | 'models',
  label: ReturnType<typeof t>,
) => ({
  name,
  type: 'join' as const,
  collection,
  defaultLimit: 20,
  label,
  // Ids only, at any depth: a case list at depth 2 would otherwise carry sixty documents per theme.
  maxDepth: 0,
  on: 'themes',
})

/** The five working-meeting themes and the six considerations from the project description. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  access: publicReferenceAccess,
  admin: {
    defaultColumns: ['title', 'kind', 'meetingNumber', 'meetingDate'],
    description: t(
      'Arbejdsmødernes temaer og de overvejelser, projektet beder om (fagområder, ydelser …).',
      'The working meetings’ themes and the considerations the project asks for (fields, services …).',
    ),
    group: groups.catalogue,
    hidden: hiddenFromPartners,
    useAsTitle: 'title',
  },
  defaultSort: ['kind', 'meetingNumber', 'title'],
  fields: [
    title,
    {
      name: 'kind',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'meeting',
      label: t('Slags', 'Kind'),
      options: [
        { label: t('Arbejdsmøde', 'Working meeting'), value: 'meeting' },
        { label: t('Overvejelse', 'Consideration'), value: 'consideration' },
      ],
      required: true,
    },
    {
      name: 'meetingNumber',
      type: 'number',
      admin: { condition: (data) => data?.kind === 'meeting', position: 'sidebar' },
      label: t('Mødenummer', 'Meeting number'),
      min: 1,
    },
    {
      name: 'meetingDate',
      type: 'date',
      admin: {
        condition: (data) => data?.kind === 'meeting',
        date: { displayFormat: 'MMMM yyyy', pickerAppearance: 'monthOnly' },
        position: 'sidebar',
      },
      label: t('Mødetidspunkt', 'Meeting date'),
    },
    {
      name: 'question',
      type: 'textarea',
      admin: { description: t('Spørgsmålet temaet stiller.', 'The question the theme asks.') },
      label: t('Spørgsmål', 'Question'),
      localized: true,
    },
    {
      name: 'description',
      type: 'textarea',
      label: t('Beskrivelse', 'Description'),
      localized: true,
    },
    slug(),
    listedUnder('cases', 'cases', t('Cases', 'Cases')),
    listedUnder('models', 'models', t('Modeller', 'Models')),
    listedUnder('dilemmas', 'dilemmas', t('Dilemmaer', 'Dilemmas')),
  ],
  labels: { plural: t('Temaer', 'Themes'), singular: t('Tema', 'Theme') },
}
