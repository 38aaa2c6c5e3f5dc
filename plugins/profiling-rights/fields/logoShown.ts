import type { Field } from 'payload'

/**
 * `logos.shown`: whether the public may see this logo — its partner is active and its tier grants
 * logo and presentation. Kept by the plugin's hooks (`hooks/logoShown.ts`), never by a request, so
 * the read rule is one indexed column instead of a join to partners on every population.
 */
export const logoShownField: Field = {
  name: 'shown',
  type: 'checkbox',
  admin: { hidden: true },
  defaultValue: false,
  index: true,
  label: { da: 'Vises offentligt', en: 'Shown publicly' },
}
