import type { Field, Plugin } from 'payload'

/** Danish notation (`30.11.2026 18.39`), by the date picker's appearance. */
const FORMATS = {
  dayAndTime: 'dd.MM.yyyy HH.mm',
  dayOnly: 'dd.MM.yyyy',
  default: 'dd.MM.yyyy',
  monthOnly: 'MMMM yyyy',
  timeOnly: 'HH.mm',
} as const

/** Shown and typed as `dd.MM.yyyy` (with `HH.mm`), unless the field sets its own format. */
const danishDate = (field: Field): Field => {
  if (field.type === 'date') {
    const appearance = field.admin?.date?.pickerAppearance ?? 'default'
    // The picker takes a time format only where it shows times.
    const time =
      appearance === 'dayAndTime' || appearance === 'timeOnly' ? { timeFormat: 'HH.mm' } : {}
    const date = { displayFormat: FORMATS[appearance], ...time, ...field.admin?.date }
    return { ...field, admin: { ...field.admin, date } } as Field
  }
  if (field.type === 'tabs') {
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(danishDate) })),
    }
  }
  if (field.type === 'blocks') {
    return {
      ...field,
      blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(danishDate) })),
    }
  }
  if ('fields' in field) {
    return { ...field, fields: field.fields.map(danishDate) } as Field
  }
  return field
}

/**
 * Every date field of every collection and global, the plugins' too, shown and typed the Danish
 * way. Payload's picker otherwise shows `Nov 30, 2026 6:39 PM` and reads a typed `01.09.2011` as
 * 9 January. Dates Payload adds itself (createdAt, updatedAt) follow `admin.dateFormat`.
 */
export const danishDates: Plugin = (config) => ({
  ...config,
  admin: { ...config.admin, dateFormat: FORMATS.dayAndTime },
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: collection.fields.map(danishDate),
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    fields: global.fields.map(danishDate),
  })),
})
