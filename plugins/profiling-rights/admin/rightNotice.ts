import type { CollectionConfig, Condition, Field } from 'payload'

import type { RightNoticeProps } from '../components/RightNotice'
import type { Label, ResolvedOptions, Right } from '../types'

import { mayUseRight } from '../access/viewer'
import { withBeforeList } from './beforeList'

const COMPONENT = '/plugins/profiling-rights/components/RightNotice#RightNotice'

/** The notice component for `rights`, naming the tiers that grant them. */
export const rightNotice = ({ tiers }: ResolvedOptions, rights: Right[], meanwhile?: Label) => ({
  clientProps: {
    grantedBy: tiers
      .filter((tier) => rights.some((right) => tier.rights[right]))
      .map((tier) => tier.label),
    meanwhile,
    rights,
  } satisfies RightNoticeProps,
  path: COMPONENT,
})

/** Shown to staff, and to partner users whose partner holds one of `rights` (from `user.rights`). */
export const holdsRight =
  (...rights: Right[]): Condition =>
  (_data, _siblingData, { user }) =>
    mayUseRight(user, rights)

/**
 * A field (a join listing cases, say) that only users holding one of `rights` can use, followed by
 * a notice for those who cannot: instead of a list with a dead "Tilføj ny" button.
 */
export const withRightNotice = (
  field: Field,
  options: ResolvedOptions,
  rights: Right[],
): Field[] => [
  { ...field, admin: { ...field.admin, condition: holdsRight(...rights) } } as Field,
  {
    name: `${'name' in field ? field.name : 'field'}RightNotice`,
    type: 'ui',
    admin: { components: { Field: rightNotice(options, rights) } },
  },
]

/** A collection whose list tells partner users without one of `rights` what they cannot do there, and what they can. */
export const withListNotice = (
  collection: CollectionConfig,
  options: ResolvedOptions,
  rights: Right[],
  meanwhile?: Label,
): CollectionConfig => withBeforeList(collection, rightNotice(options, rights, meanwhile))
