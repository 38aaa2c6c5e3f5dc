import type { Field } from 'payload'

import { t } from '../admin/label'

/** The headline every catalogue document has; translated, Danish first. */
export const title: Field = {
  name: 'title',
  type: 'text',
  label: t('Titel', 'Title'),
  localized: true,
  maxLength: 200,
  required: true,
}

export const summary = (
  description = t(
    'To-tre sætninger til lister og deling.',
    'Two or three sentences for lists and sharing.',
  ),
): Field => ({
  name: 'summary',
  type: 'textarea',
  admin: { description },
  label: t('Resumé', 'Summary'),
  localized: true,
  maxLength: 1000,
})

export const body: Field = {
  name: 'body',
  type: 'richText',
  label: t('Brødtekst', 'Body'),
  localized: true,
}

/** Relationship to the working-meeting themes and considerations. */
export const themes: Field = {
  name: 'themes',
  type: 'relationship',
  admin: { position: 'sidebar' },
  hasMany: true,
  label: t('Temaer', 'Themes'),
  relationTo: 'themes',
}
