import { t } from '../../src/admin/label'

export const statuses = [
  { label: t('Emne', 'Prospect'), value: 'prospect' },
  { label: t('Aktiv', 'Active'), value: 'active' },
  { label: t('Tidligere', 'Former'), value: 'former' },
]

/** The kinds of organisation the project description names as partners. */
export const sectors = [
  { label: t('Offentlig', 'Public'), value: 'public' },
  { label: t('Privat', 'Private'), value: 'private' },
  { label: t('Interesseorganisation', 'Interest organisation'), value: 'interest-organisation' },
  { label: t('Uddannelse og forskning', 'Education and research'), value: 'education-research' },
  { label: t('Borgerorganisation', 'Citizens’ organisation'), value: 'citizens-organisation' },
  { label: t('Frivillig / civilsamfund', 'Volunteer / civil society'), value: 'civil-society' },
]
