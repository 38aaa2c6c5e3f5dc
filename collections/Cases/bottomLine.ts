import type { Field } from 'payload'

import { t } from '../../src/admin/label'

/**
 * One of the three bottom lines results are measured on (principle 11: individual,
 * society, economy): what happened, and a figure where there is one.
 */
export const bottomLine = (
  name: 'economy' | 'individual' | 'society',
  label: ReturnType<typeof t>,
): Field => ({
  name,
  type: 'group',
  fields: [
    {
      name: 'text',
      type: 'textarea',
      label: t('Resultat', 'Result'),
      localized: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'figure',
          type: 'number',
          // Typed as Danish writes it: 2,5 (a number box would store 25).
          admin: {
            components: { Field: '/src/admin/components/DecimalField#DecimalField' },
            width: '30%',
          },
          label: t('Tal', 'Figure'),
        },
        {
          name: 'unit',
          type: 'text',
          admin: {
            description: t('F.eks. "mio. kr. om året".', 'E.g. "million DKK a year".'),
            width: '70%',
          },
          label: t('Enhed', 'Unit'),
          localized: true,
        },
      ],
    },
  ],
  label,
})
