import { t } from '../../src/admin/label'

/** Fagområder: where in the welfare state a case happens. */
export const areas = [
  { label: t('Sundhed', 'Health'), value: 'health' },
  { label: t('Ældre og omsorg', 'Elderly care'), value: 'elderly' },
  { label: t('Handicap', 'Disability'), value: 'disability' },
  { label: t('Beskæftigelse', 'Employment'), value: 'employment' },
  { label: t('Socialområdet', 'Social services'), value: 'social' },
  { label: t('Børn og unge', 'Children and youth'), value: 'children' },
  { label: t('Skole og uddannelse', 'Schools and education'), value: 'education' },
  { label: t('Kultur og fritid', 'Culture and leisure'), value: 'culture' },
  {
    label: t('Borgerservice og digitalisering', 'Citizen services and digital'),
    value: 'citizen-services',
  },
  { label: t('Andet', 'Other'), value: 'other' },
]

/** Udbyderne: who delivers the solution. */
export const providers = [
  { label: t('Offentlig', 'Public'), value: 'public' },
  { label: t('Privat', 'Private'), value: 'private' },
  { label: t('Frivillig', 'Volunteer'), value: 'volunteer' },
  { label: t('Socialøkonomisk', 'Social economy'), value: 'social-economy' },
]
