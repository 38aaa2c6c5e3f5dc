import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { partnerBacking } from '../../src/collections/partnerBacking'

/**
 * A partner's endorsement of a joint recommendation, with an optional note to the secretariat
 * and the other steering partners (the comment on the draft). Never public: the published
 * recommendation names the endorsing partners, nothing more.
 */
export const Endorsements = partnerBacking({
  slug: 'endorsements',
  already: t(
    'Jeres organisation har allerede tilsluttet sig denne anbefaling. Ret jeres bemærkning, eller træk tilslutningen tilbage.',
    'Your organisation already endorses this recommendation. Edit your note, or withdraw the endorsement.',
  ),
  extraFields: [
    {
      name: 'note',
      type: 'textarea',
      admin: {
        description: t(
          'Valgfri bemærkning til sekretariatet og de andre partnere i styregruppen. Offentliggøres ikke.',
          'Optional note to the secretariat and the other steering partners. Never published.',
        ),
      },
      label: t('Bemærkning', 'Note'),
      maxLength: 2000,
    },
  ],
  field: 'recommendation',
  group: groups.agenda,
  labels: { plural: t('Tilslutninger', 'Endorsements'), singular: t('Tilslutning', 'Endorsement') },
  target: 'recommendations',
  targetLabel: t('Anbefaling', 'Recommendation'),
})
