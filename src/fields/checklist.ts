import type { Field } from 'payload'

import { t } from '../admin/label'

/** How a row of a list of points is named in the admin ("Tilføj punkt", "Punkt 01"). */
const pointLabels = { plural: t('Punkter', 'Points'), singular: t('Punkt', 'Point') }

const items = (
  name: string,
  label: ReturnType<typeof t>,
  description: ReturnType<typeof t>,
): Field => ({
  name,
  type: 'array',
  admin: { description, initCollapsed: false },
  fields: [
    { name: 'item', type: 'text', label: t('Punkt', 'Item'), maxLength: 500, required: true },
  ],
  label,
  labels: pointLabels,
  localized: true,
})

/** The catalogue's checklist for each model: where, when and how it works best. */
export const checklist: Field = {
  name: 'checklist',
  type: 'group',
  admin: {
    description: t(
      'Hvor, hvornår og hvordan modellen bruges bedst.',
      'Where, when and how the model works best.',
    ),
  },
  fields: [
    items(
      'where',
      t('Hvor', 'Where'),
      t('På hvilke områder og i hvilke organisationer.', 'In which fields and organisations.'),
    ),
    items(
      'when',
      t('Hvornår', 'When'),
      t('Under hvilke forudsætninger.', 'Under which conditions.'),
    ),
    items(
      'how',
      t('Hvordan', 'How'),
      t('Trinene i at tage modellen i brug.', 'The steps to put it to use.'),
    ),
  ],
  label: t('Tjekliste', 'Checklist'),
}

/** A translated list of short points (strengths, weaknesses …). */
export const points = (name: string, label: ReturnType<typeof t>): Field => ({
  name,
  type: 'array',
  fields: [
    { name: 'point', type: 'text', label: t('Punkt', 'Point'), maxLength: 500, required: true },
  ],
  label,
  labels: pointLabels,
  localized: true,
})
