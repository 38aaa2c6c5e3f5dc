import { t } from '../admin/label'

/**
 * What a webhook can follow: the collections (and the catalogue global) the public reads.
 * Events say when their public view changes: `publish` (became public, or changed while public),
 * `unpublish` (no longer public), `delete` (a public document deleted).
 */
export const webhookSources = [
  { label: t('Cases', 'Cases'), value: 'cases' },
  { label: t('Modeller', 'Models'), value: 'models' },
  { label: t('Dilemmaer', 'Dilemmas'), value: 'dilemmas' },
  { label: t('Temaer', 'Themes'), value: 'themes' },
  { label: t('Principper', 'Principles'), value: 'principles' },
  { label: t('Nyhedsbreve', 'Newsletters'), value: 'newsletters' },
  { label: t('Blogindlæg', 'Posts'), value: 'posts' },
  { label: t('Kommentarer', 'Comments'), value: 'comments' },
  {
    label: t('Anbefalinger (de udgivne)', 'Recommendations (the published)'),
    value: 'recommendations',
  },
  {
    label: t('Partnere (den offentlige partnerliste)', 'Partners (the public partner list)'),
    value: 'partners',
  },
  { label: t('Kataloget', 'The catalogue'), value: 'catalog' },
] as const

export type WebhookSource = (typeof webhookSources)[number]['value']

export const webhookEventTypes = [
  { label: t('Offentliggjort eller ændret', 'Published or changed'), value: 'publish' },
  { label: t('Trukket tilbage', 'Unpublished'), value: 'unpublish' },
  { label: t('Slettet', 'Deleted'), value: 'delete' },
] as const

export type WebhookEventType = (typeof webhookEventTypes)[number]['value']
