import type { Field, FieldHook, GlobalConfig } from 'payload'

import type { Label, ResolvedOptions, Right } from '../types'

import { tiersWith } from '../tiers'

/** Active partners whose tier grants `right`, by name: computed on every read, always current. */
const partnersWith =
  ({ roles, tiers }: ResolvedOptions, right: Right): FieldHook =>
  async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: roles.partners,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
      sort: 'name',
      where: { and: [{ status: { equals: 'active' } }, { tier: { in: tiersWith(tiers, right) } }] },
    })
    return docs.map((doc) => doc.id)
  }

const computedList = (options: ResolvedOptions, name: string, right: Right, label: Label): Field => ({
  name,
  type: 'relationship',
  access: { create: () => false, update: () => false },
  admin: { readOnly: true },
  hasMany: true,
  hooks: { afterRead: [partnersWith(options, right)] },
  label,
  relationTo: options.roles.partners,
  virtual: true,
})

/** The publication's partner lists: who co-signs the foreword, who is named with a link. */
export const withCatalogLists = (global: GlobalConfig, options: ResolvedOptions): GlobalConfig => ({
  ...global,
  fields: [
    ...global.fields,
    computedList(options, 'forewordSignatories', 'forewordSignatory', { da: 'Medunderskrivere af forordet', en: 'Foreword signatories' }),
    computedList(options, 'partnersListed', 'nameAndLinkInPublication', { da: 'Partnere med navn og link', en: 'Partners named with a link' }),
  ],
})
