import type { CollectionBeforeChangeHook } from 'payload'

import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { partnerBacking } from '../../src/collections/partnerBacking'
import { notOwnProposal } from './notOwnProposal'

/** A partner's support of a proposal: one per partner and proposal; withdrawn by deleting it. */
export const ProposalSupports = partnerBacking({
  slug: 'proposal-supports',
  already: t(
    'Jeres organisation støtter allerede dette forslag. Vil I trække støtten tilbage, så slet den.',
    'Your organisation already supports this proposal. To withdraw the support, delete it.',
  ),
  extraHooks: [notOwnProposal as CollectionBeforeChangeHook],
  field: 'proposal',
  group: groups.agenda,
  labels: {
    plural: t('Støtte til forslag', 'Proposal supports'),
    singular: t('Støtte', 'Support'),
  },
  target: 'proposals',
  targetLabel: t('Forslag', 'Proposal'),
})
