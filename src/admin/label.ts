import type { Field } from 'payload'

/** A label or description in the admin's two languages. */
export const t = (da: string, en: string) => ({ da, en })

export type Label = ReturnType<typeof t>

/** Labels (and descriptions) for fields another package defines, by field name. */
export const relabel =
  (labels: Record<string, { description?: Label; label: Label }>) =>
  (field: Field): Field => {
    const own = 'name' in field ? labels[field.name] : undefined
    if (!own) return field
    const admin = own.description ? { ...field.admin, description: own.description } : field.admin
    return { ...field, admin, label: own.label } as Field
  }
