import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  Field,
  JoinField,
} from 'payload'

import { extractID } from 'payload/shared'

import type { PartnerBackingProps } from '../admin/components/PartnerBacking'
import type { Label } from '../admin/label'

import { partnerIdOf } from '../../plugins/profiling-rights/access/viewer'
import { isStaff, staffOnly } from '../access/roles'
import { hiddenFromPartners } from '../admin/hiddenFromPartners'
import { t } from '../admin/label'
import { conflict } from '../errors/conflict'
import { owningPartner } from '../fields/owningPartner'
import { setAuthor } from '../hooks/setAuthor'

type Backing = {
  /** Said when the partner already backs the document. */
  already: Label
  /** What else a backing holds (an endorsement's note). */
  extraFields?: Field[]
  /** Further checks before a backing is written (a partner does not support its own proposal). */
  extraHooks?: CollectionBeforeChangeHook[]
  /** The field holding the backed document, and the collection it is in. */
  field: string
  group: Label
  labels: { plural: Label; singular: Label }
  slug: CollectionSlug
  target: CollectionSlug
  targetLabel: Label
}

type Relation = { id: number | string } | number | string

/**
 * Says why a second backing of one document by one partner is refused (409 saying what to do),
 * before the database's unique index would refuse it with a bare "must be unique" (400).
 */
const onceEachPartner =
  ({ already, field }: Backing): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const target = (data[field] ?? originalDoc?.[field]) as Relation | undefined
    // A partner user's backing is always its own partner's (the tier plugin sets it after this hook).
    const partner = (partnerIdOf(req.user) ?? data.partner) as Relation | undefined
    if (operation !== 'create' || !target || !partner) {
      return data
    }
    const { totalDocs } = await req.payload.count({
      collection: collection.slug,
      overrideAccess: true,
      req,
      where: {
        and: [
          { [field]: { equals: extractID(target) } },
          { partner: { equals: extractID(partner) } },
        ],
      },
    })
    return totalDocs ? conflict(req, already) : data
  }

/**
 * One partner's backing of one document (a support of a proposal, an endorsement of a
 * recommendation): made by a user for its partner, withdrawn by deleting it. One per partner and
 * document, held by a unique index, so two at once cannot both pass. Staff only here; the tier
 * plugin lets partners with the agenda right in.
 */
export const partnerBacking = (backing: Backing): CollectionConfig => ({
  slug: backing.slug,
  access: {
    create: staffOnly,
    delete: staffOnly,
    read: staffOnly,
    update: staffOnly,
  },
  admin: {
    defaultColumns: [backing.field, 'partner', 'author', 'createdAt'],
    group: backing.group,
    // Partner users back and withdraw with a button on the document itself.
    hidden: hiddenFromPartners,
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: backing.field,
      type: 'relationship',
      index: true,
      label: backing.targetLabel,
      relationTo: backing.target,
      required: true,
    },
    owningPartner,
    {
      name: 'author',
      type: 'relationship',
      // Set by the server: whoever pressed the button.
      admin: { readOnly: true },
      label: t('Af', 'By'),
      relationTo: 'users',
    },
    ...(backing.extraFields ?? []),
  ],
  hooks: { beforeChange: [setAuthor, onceEachPartner(backing), ...(backing.extraHooks ?? [])] },
  indexes: [{ fields: [backing.field, 'partner'], unique: true }],
  labels: backing.labels,
})

/** The button a partner user backs a document with (or withdraws), as a field of the backed document. */
export const backingButton = (name: string, props: PartnerBackingProps): Field => ({
  name,
  type: 'ui',
  admin: {
    components: {
      Field: { clientProps: props, path: '/src/admin/components/PartnerBacking#PartnerBacking' },
    },
  },
})

/**
 * A document's backings as a list, for staff: partner users see who backs it in the backing
 * button's box, which stays current as they press it.
 */
export const backingsList = (
  name: string,
  { collection, label, on }: { collection: CollectionSlug; label: Label; on: string },
  columns: string[],
): JoinField => ({
  name,
  type: 'join',
  admin: {
    allowCreate: false,
    condition: (_data, _siblingData, { user }) => isStaff(user),
    defaultColumns: columns,
  },
  collection,
  defaultLimit: 50,
  defaultSort: 'createdAt',
  label,
  on,
})
