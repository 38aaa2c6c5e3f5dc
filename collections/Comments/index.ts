import type { CollectionConfig, PayloadRequest, Where } from 'payload'

import { staffField, staffOnly } from '../../src/access/roles'
import { staffOr } from '../../src/access/staffOr'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { setAuthor } from '../../src/hooks/setAuthor'
import { say } from '../../src/i18n/message'
import { bodyHtml } from './bodyHtml'
import { bylineFields, setByline } from './byline'
import { explainEditWindow, staffOrRecentAuthor } from './editWindow'
import { onPublishedTarget, setTargetKeys, targetKeyFields } from './targetKeys'
import { targetOpenForDebate } from './targetOpenForDebate'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Staff see hidden comments too; everyone else only the visible ones on published material. */
const visibleOrStaff = staffOr({ and: [{ hidden: { not_equals: true } }, onPublishedTarget] })

/**
 * Debate contributions on published cases (open for debate), dilemmas and models: any logged-in
 * user writes, everyone reads the visible ones, newest first; editors hide with a reason.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  access: {
    create: ({ req: { user } }) => Boolean(user),
    delete: staffOnly,
    read: visibleOrStaff,
    update: staffOrRecentAuthor,
  },
  admin: {
    defaultColumns: ['body', 'target', 'authorName', 'authorOrganisation', 'hidden', 'createdAt'],
    description: t(
      'Debatindlæg på cases, dilemmaer og modeller.',
      'Debate on cases, dilemmas and models.',
    ),
    group: groups.debate,
    useAsTitle: 'body',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'body',
      type: 'textarea',
      admin: {
        description: t(
          'Ren tekst; links vises som links.',
          'Plain text; links are shown as links.',
        ),
      },
      label: t('Indlæg', 'Comment'),
      maxLength: 4000,
      minLength: 2,
      required: true,
    },
    bodyHtml,
    {
      name: 'target',
      type: 'relationship',
      // An author corrects the wording, not what the comment is about.
      access: { update: staffField },
      index: true,
      label: t('Om', 'On'),
      // The picker offers what may be debated: published dilemmas and models, published cases open for debate.
      filterOptions: ({ relationTo }): Where =>
        relationTo === 'cases'
          ? { and: [PUBLISHED, { openForDebate: { equals: true } }] }
          : PUBLISHED,
      relationTo: ['cases', 'dilemmas', 'models'],
      required: true,
    },
    ...targetKeyFields,
    {
      name: 'author',
      type: 'relationship',
      admin: { position: 'sidebar', readOnly: true },
      label: t('Forfatter', 'Author'),
      relationTo: 'users',
    },
    ...bylineFields,
    {
      name: 'hidden',
      type: 'checkbox',
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar' },
      defaultValue: false,
      index: true,
      label: t('Skjult', 'Hidden'),
    },
    {
      name: 'hiddenReason',
      type: 'text',
      access: { create: staffField, read: staffField, update: staffField },
      admin: { condition: (data) => Boolean(data?.hidden), position: 'sidebar' },
      label: t('Begrundelse for at skjule', 'Reason for hiding'),
      maxLength: 500,
      validate: (
        value: null | string | undefined,
        { req, siblingData }: { req: PayloadRequest; siblingData: { hidden?: boolean } },
      ) =>
        !siblingData.hidden ||
        Boolean(value?.trim()) ||
        say(req, t('Skriv, hvorfor indlægget skjules.', 'Say why the comment is hidden.')),
    },
  ],
  hooks: {
    beforeChange: [setAuthor, setByline, targetOpenForDebate, setTargetKeys],
    beforeOperation: [explainEditWindow],
  },
  labels: { plural: t('Kommentarer', 'Comments'), singular: t('Kommentar', 'Comment') },
}
