import type { CollectionConfig } from 'payload'

import { staffOnlyChanges } from '../../plugins/profiling-rights'
import { isStaff, staffField, staffOnly } from '../../src/access/roles'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { backingButton, backingsList } from '../../src/collections/partnerBacking'
import { setAuthor } from '../../src/hooks/setAuthor'

const decision = t('Beslutning', 'Decision')
const decisionNote = t('Begrundelse', 'Reason')

/**
 * The steering group's say in the agenda: a partner proposes a case, theme or problem, the
 * other steering partners see it and support it, and the editors adopt or decline it with a
 * note. Staff only here; the tier plugin lets partners whose tier has `shapeAgenda` in.
 */
export const Proposals: CollectionConfig = {
  slug: 'proposals',
  access: { create: staffOnly, delete: staffOnly, read: staffOnly, update: staffOnly },
  admin: {
    defaultColumns: ['title', 'kind', 'partner', 'decision', 'createdAt'],
    description: t(
      'Styregruppens forslag til cases, temaer og problemstillinger. Partnerne i styregruppen ser hinandens forslag og kan støtte dem; redaktionen vedtager eller afviser.',
      'The steering group’s proposals of cases, themes and problems. Steering partners see each other’s proposals and can support them; the editors adopt or decline them.',
    ),
    group: groups.agenda,
    useAsTitle: 'title',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'theme',
      label: t('Forslag om', 'Proposes'),
      options: [
        { label: t('En case', 'A case'), value: 'case' },
        { label: t('Et tema', 'A theme'), value: 'theme' },
        { label: t('En problemstilling', 'A problem'), value: 'problem' },
      ],
      required: true,
    },
    {
      name: 'title',
      type: 'text',
      label: t('Titel', 'Title'),
      maxLength: 200,
      required: true,
    },
    {
      name: 'description',
      type: 'textarea',
      admin: {
        description: t(
          'Hvad foreslår I, og hvorfor? Skriv det, så de andre partnere kan tage stilling.',
          'What do you propose, and why? Write it so the other partners can take a view.',
        ),
      },
      label: t('Beskrivelse', 'Description'),
      maxLength: 4000,
      required: true,
    },
    {
      name: 'cases',
      type: 'relationship',
      admin: {
        description: t(
          'Eksisterende cases, forslaget handler om (valgfrit).',
          'Existing cases the proposal is about (optional).',
        ),
      },
      filterOptions: { _status: { equals: 'published' } },
      hasMany: true,
      label: t('Cases', 'Cases'),
      relationTo: 'cases',
    },
    {
      name: 'themes',
      type: 'relationship',
      admin: {
        description: t(
          'Eksisterende temaer, forslaget hører under (valgfrit).',
          'Existing themes the proposal belongs to (optional).',
        ),
      },
      hasMany: true,
      label: t('Temaer', 'Themes'),
      relationTo: 'themes',
    },
    {
      name: 'partner',
      type: 'relationship',
      admin: { position: 'sidebar' },
      index: true,
      label: t('Foreslået af', 'Proposed by'),
      relationTo: 'partners',
    },
    {
      name: 'author',
      type: 'relationship',
      // Set by the server: whoever wrote it. Partner users cannot read other partners' accounts: staff only in the admin.
      admin: {
        condition: (_data, _siblingData, { user }) => isStaff(user),
        position: 'sidebar',
        readOnly: true,
      },
      label: t('Skrevet af', 'Written by'),
      relationTo: 'users',
    },
    {
      name: 'decision',
      type: 'select',
      access: { create: staffField, update: staffField },
      admin: {
        description: t(
          'Sættes af redaktionen. Tom: ikke besluttet endnu.',
          'Set by the editors. Empty: not decided yet.',
        ),
        position: 'sidebar',
      },
      index: true,
      label: decision,
      options: [
        { label: t('Vedtaget', 'Adopted'), value: 'adopted' },
        { label: t('Afvist', 'Declined'), value: 'declined' },
      ],
    },
    {
      name: 'decisionNote',
      type: 'textarea',
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar' },
      label: decisionNote,
      maxLength: 2000,
    },
    backingButton('support', {
      collection: 'proposal-supports',
      field: 'proposal',
      texts: {
        back: t('Støt forslaget', 'Support the proposal'),
        backed: t('I støtter forslaget.', 'You support the proposal.'),
        backedBy: t('Støttet af', 'Supported by'),
        heading: t('Støtte fra styregruppen', 'Support from the steering group'),
        none: t('Ingen partnere støtter forslaget endnu.', 'No partner supports the proposal yet.'),
        own: t(
          'Det er jeres eget forslag; de andre partnere i styregruppen kan støtte det.',
          'This is your own proposal; the other steering partners can support it.',
        ),
        withdraw: t('Træk jeres støtte tilbage', 'Withdraw your support'),
      },
    }),
    backingsList(
      'supports',
      { collection: 'proposal-supports', label: t('Støttet af', 'Supported by'), on: 'proposal' },
      ['partner', 'author', 'createdAt'],
    ),
  ],
  hooks: {
    beforeChange: [setAuthor],
    // A partner sending the editors' decision gets a 403 naming the fields, not a silent drop.
    beforeOperation: [staffOnlyChanges({ decision, decisionNote })],
  },
  labels: { plural: t('Forslag', 'Proposals'), singular: t('Forslag', 'Proposal') },
}
