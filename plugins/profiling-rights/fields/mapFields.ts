import type { Field } from 'payload'

/** `map` applied to every field, also those inside rows, collapsibles and tabs (named groups and arrays are left whole). */
export const mapFields = (fields: Field[], map: (field: Field) => Field): Field[] =>
  fields.map((field) => {
    const mapped = map(field)
    if ('fields' in mapped && !('name' in mapped)) {
      return { ...mapped, fields: mapFields(mapped.fields, map) } as unknown as Field
    }
    if (mapped.type === 'tabs') {
      return {
        ...mapped,
        tabs: mapped.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, map) })),
      }
    }
    return mapped
  })
