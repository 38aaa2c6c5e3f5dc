import { t } from '../admin/label'

export type ReviewStatus = 'draft' | 'published' | 'returned' | 'submitted'

export const reviewStatusOptions = [
  { label: t('Kladde', 'Draft'), value: 'draft' },
  { label: t('Indsendt til redaktionen', 'Submitted for review'), value: 'submitted' },
  { label: t('Sendt tilbage', 'Sent back'), value: 'returned' },
  { label: t('Offentliggjort', 'Published'), value: 'published' },
] satisfies Array<{ label: ReturnType<typeof t>; value: ReviewStatus }>

/** What a partner user may set itself: save as draft, or hand in for review. */
export const partnerStatuses: ReviewStatus[] = ['draft', 'submitted']
