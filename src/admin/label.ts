import type { Field } from 'payload'

/** A label or description in the admin's two languages. */
export const t = (da: string, en: string) => ({ da, en })

export type Label = ReturnType<typeof t>

/** Labels (and descriptions) for fields another package defines, by field name, also inside tabs, groups and arrays. */
export const relabel = (labels: Record<string, { description?: Label; label: Label }>) => {
  const apply = (field: Field): Field => {
    const nested =
      field.type === 'tabs'
        ? { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(apply) })) }
        : 'fields' in field
          ? ({ ...field, fields: field.fields.map(apply) } as Field)
          : field
    const own = 'name' in nested ? labels[nested.name] : undefined
    if (!own) {
      return nested
    }
    const admin = own.description ? { ...nested.admin, description: own.description } : nested.admin
    return { ...nested, admin, label: own.label } as Field
  }
  return apply
}
