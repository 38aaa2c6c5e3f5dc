import type { Field, FieldHook, GlobalConfig } from 'payload'

import type { Label, ResolvedOptions, Right } from '../types'

import { entitledPartnerIds } from '../entitledPartners'

/** Computed on every read, so always current. */
const partnersWith =
  (options: ResolvedOptions, right: Right): FieldHook =>
  ({ req }) =>
    entitledPartnerIds(req, options, right)

const computedList = (
  options: ResolvedOptions,
  name: string,
  right: Right,
  label: Label,
): Field => ({
  name,
  type: 'relationship',
  access: { create: () => false, update: () => false },
  admin: { readOnly: true },
  hasMany: true,
  hooks: { afterRead: [partnersWith(options, right)] },
  label,
  relationTo: options.slugs.partners,
  virtual: true,
})

/** The publication's partner lists: who co-signs the foreword, who is named with a link. */
export const withCatalogLists = (global: GlobalConfig, options: ResolvedOptions): GlobalConfig => ({
  ...global,
  fields: [
    ...global.fields,
    computedList(options, 'forewordSignatories', 'forewordSignatory', {
      da: 'Medunderskrivere af forordet',
      en: 'Foreword signatories',
    }),
    computedList(options, 'partnersListed', 'nameAndLinkInPublication', {
      da: 'Partnere med navn og link',
      en: 'Partners named with a link',
    }),
  ],
})
