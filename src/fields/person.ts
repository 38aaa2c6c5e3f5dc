import { t } from '../admin/label'

/** A named person at a partner: contacts, nominees, ticket holders, meeting participants. */
export const person = [
  { name: 'name', type: 'text', label: t('Navn', 'Name'), maxLength: 200, required: true },
  { name: 'role', type: 'text', label: t('Stilling', 'Role'), maxLength: 200 },
  { name: 'email', type: 'email', label: t('E-mail', 'Email') },
] as const
