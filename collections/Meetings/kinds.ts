import { t } from '../../src/admin/label'

/** The project's meetings (project description, "Organisering" and "Leverancer"). */
export const meetingKinds = [
  { label: t('Styregruppemøde', 'Steering-group meeting'), value: 'steering' },
  { label: t('Arbejdsgruppemøde', 'Working-group meeting'), value: 'working' },
  { label: t('Konference', 'Conference'), value: 'conference' },
] as const

export type MeetingKind = (typeof meetingKinds)[number]['value']

/** The kinds whose date, title and theme the public sees (the steering group meets behind closed doors). */
export const publicMeetingKinds: MeetingKind[] = ['working', 'conference']
