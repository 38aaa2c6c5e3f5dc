import { t } from './label'

/** The admin navigation's groups. */
export const groups = {
  agenda: t('Styregruppen', 'Steering group'),
  catalogue: t('Katalog', 'Catalogue'),
  debate: t('Debat', 'Debate'),
  partners: t('Partnere', 'Partners'),
  settings: t('Indstillinger', 'Settings'),
}
