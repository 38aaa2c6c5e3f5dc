import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { flattenTopLevelFields } from 'payload'

import type { Label, ResolvedOptions, Right } from '../types'

import { anyOf, bothFields } from '../access/combine'
import { ownPartnersDocuments } from '../access/ownedDocuments'
import { privateRead, staffWrite, tierGatedRead } from '../access/partnerFields'
import { ownListFilter } from '../admin/ownListFilter'
import { rightNotice, withRightNotice } from '../admin/rightNotice'
import { attendeesWithinTickets } from '../fields/attendeesWithinTickets'
import { entitlementsField } from '../fields/entitlements'
import { mapFields } from '../fields/mapFields'
import { tierField } from '../fields/tierField'
import { syncPartnerLogos } from '../hooks/logoShown'
import { omitHiddenArrays } from '../hooks/omitHiddenArrays'
import { ownPrivateFieldsFilledIn, privateFieldsLeftOut } from '../hooks/privateFieldsLeftOut'
import { staffOnlyChanges } from '../hooks/staffOnlyChanges'

/** Each named field's label as the admin shows it (its name where it has none), for messages. */
const labelsOf = (fields: Field[], names: string[]): Record<string, Label> => {
  const byName = new Map(
    flattenTopLevelFields(fields).map(
      (field) => ['name' in field ? field.name : '', field] as const,
    ),
  )
  return Object.fromEntries(
    names.map((name) => {
      const label = (byName.get(name) as { label?: unknown } | undefined)?.label
      if (label && typeof label === 'object') {
        return [name, label as Label]
      }
      return [
        name,
        {
          da: typeof label === 'string' ? label : name,
          en: typeof label === 'string' ? label : name,
        },
      ]
    }),
  )
}

const withAccess = (field: Field, options: ResolvedOptions): Field => {
  if (!('name' in field) || field.type === 'ui') {
    return field
  }
  const { attendees, gated, private: privateFields, staffOnly } = options.partnerFields
  const access: { create?: FieldAccess; read?: FieldAccess; update?: FieldAccess } = {
    ...field.access,
  }
  const right = gated[field.name]
  if (right) {
    access.read = bothFields(access.read, tierGatedRead(options, right))
  }
  if (privateFields.includes(field.name)) {
    access.read = privateRead(access.read)
  }
  if (staffOnly.includes(field.name)) {
    Object.assign(access, { create: staffWrite, update: staffWrite })
  }
  const validate =
    field.name === attendees && field.type === 'array'
      ? { validate: attendeesWithinTickets(options, field.validate) }
      : {}
  return { ...field, ...validate, access } as Field
}

const LOGO_MEANWHILE = {
  da: 'I kan stadig holde logo og præsentation ajour her; websitet viser dem, hvis jeres niveau kommer til at omfatte dem.',
  en: 'You can still keep your logo and presentation up to date here; the website shows them if your tier comes to include them.',
}

/**
 * For a partner user whose tier lacks the right: a notice instead of the joins to its cases and
 * posts, and a notice above the logo (kept, not shown on the website).
 */
const withJoinNotices = (fields: Field[], options: ResolvedOptions): Field[] => {
  const needs: Record<string, Right> = {
    [options.slugs.cases]: 'showcase',
    [options.slugs.posts]: 'blog',
  }
  return fields.flatMap((field): Field[] => {
    if (field.type === 'join' && needs[field.collection as string]) {
      return withRightNotice(field, options, [needs[field.collection as string]])
    }
    if ('name' in field && field.name === options.partnerFields.logo) {
      return [
        {
          name: 'logoRightNotice',
          type: 'ui',
          admin: {
            components: { Field: rightNotice(options, ['logoAndPresentation'], LOGO_MEANWHILE) },
          },
        },
        field,
      ]
    }
    return [field]
  })
}

/** The partners collection's added fields: the tier (staff set it) and the entitlements derived from it. */
export const withPartnerFields = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    defaultColumns: [...new Set(['tier', ...(collection.admin?.defaultColumns ?? ['name'])])],
  },
  fields: [...collection.fields, tierField(options), entitlementsField(options)],
})

/**
 * The partners collection's rules: field access by tier, and a partner's own users may read and
 * edit their partner (not its tier or the staff-only fields); in the admin they list only it.
 */
export const withPartnerRights = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => {
  const { private: privateFields, staffOnly } = options.partnerFields
  const leftOut = [...privateFields, 'entitlements']
  return ownListFilter(
    {
      ...collection,
      access: {
        ...collection.access,
        read: anyOf(collection.access?.read, ownPartnersDocuments('id')),
        update: anyOf(collection.access?.update, ownPartnersDocuments('id')),
      },
      fields: withJoinNotices(
        mapFields(collection.fields, (field) => withAccess(field, options)),
        options,
      ),
      // Field access decides by the partner's tier and status: a `select` must not leave them out.
      forceSelect: { ...collection.forceSelect, status: true, tier: true },
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), syncPartnerLogos(options)],
        afterOperation: [
          ...(collection.hooks?.afterOperation ?? []),
          ownPrivateFieldsFilledIn(leftOut),
        ],
        afterRead: [...(collection.hooks?.afterRead ?? []), omitHiddenArrays(privateFields)],
        beforeOperation: [
          ...(collection.hooks?.beforeOperation ?? []),
          privateFieldsLeftOut(leftOut),
          staffOnlyChanges(labelsOf(collection.fields, ['tier', ...staffOnly])),
        ],
      },
    },
    'id',
  )
}
