import type { CollectionConfig, DateFieldValidation } from 'payload'

import { date } from 'payload/shared'

import type { Meeting } from '../../payload-types'

import { staffOnly } from '../../src/access/roles'
import { staffOr } from '../../src/access/staffOr'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { say } from '../../src/i18n/message'
import { calendarFeed } from './calendarFeed'
import { meetingKinds, publicMeetingKinds } from './kinds'
import { plannedMonth } from './plannedMonth'

/** A start, or at least a planned month: a meeting nobody has dated yet is still a plan, not a day. */
const startsOrPlanned: DateFieldValidation = (value, args) =>
  value || (args.siblingData as Partial<Meeting>).plannedMonth
    ? date(value, args)
    : say(
        args.req,
        t(
          'Angiv hvornår mødet begynder, eller den planlagte måned, hvis dagen ikke er fastlagt.',
          'Enter when the meeting starts, or the planned month if the day is not fixed.',
        ),
      )

const endsAfterStart: DateFieldValidation = (value, args) => {
  const { startsAt } = args.siblingData as Partial<Meeting>
  return value && startsAt && new Date(value) < new Date(startsAt)
    ? say(
        args.req,
        t('Mødet kan ikke slutte før det begynder.', 'A meeting cannot end before it starts.'),
      )
    : date(value, args)
}

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' } } as const

/**
 * The project's meetings: six for the steering group, five for the working group and the
 * conference (Velfærdens Innovationsdag). The public sees the working meetings' and the
 * conference's date, title and theme; what happens at a meeting (place, agenda, materials,
 * minutes, participants) is for staff and for the partners whose tier includes that kind of
 * meeting (the tier plugin's `meetingKinds` option).
 */
export const Meetings: CollectionConfig = {
  slug: 'meetings',
  access: {
    create: staffOnly,
    delete: staffOnly,
    read: staffOr({ kind: { in: publicMeetingKinds } }),
    update: staffOnly,
  },
  admin: {
    defaultColumns: ['title', 'kind', 'number', 'startsAt'],
    description: t(
      'Styregruppens og arbejdsgruppens møder og Velfærdens Innovationsdag.',
      'The steering and working groups’ meetings and Velfærdens Innovationsdag.',
    ),
    group: groups.partners,
    useAsTitle: 'title',
  },
  defaultSort: 'sortDate',
  endpoints: [calendarFeed],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          index: true,
          label: t('Slags møde', 'Kind of meeting'),
          options: [...meetingKinds],
          required: true,
        },
        {
          name: 'number',
          type: 'number',
          admin: {
            description: t('Fx 3 for arbejdsmøde 3.', 'E.g. 3 for working meeting 3.'),
          },
          label: t('Nummer', 'Number'),
          min: 1,
        },
      ],
    },
    {
      name: 'title',
      type: 'text',
      label: t('Titel', 'Title'),
      localized: true,
      maxLength: 200,
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          admin: {
            ...dayAndTime,
            components: { Cell: '/collections/Meetings/components/WhenCell#WhenCell' },
          },
          label: t('Begynder', 'Starts'),
          timezone: true,
          validate: startsOrPlanned,
        },
        {
          name: 'endsAt',
          type: 'date',
          admin: dayAndTime,
          label: t('Slutter', 'Ends'),
          timezone: true,
          validate: endsAfterStart,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        plannedMonth,
        {
          name: 'allDay',
          type: 'checkbox',
          admin: {
            description: t(
              'Kun datoen gælder: mødet varer hele dagen, eller tidspunktet er ikke fastlagt.',
              'Only the date counts: the meeting lasts all day, or the time is not fixed.',
            ),
          },
          defaultValue: false,
          label: t('Hele dagen', 'All day'),
        },
        {
          name: 'tentative',
          type: 'checkbox',
          admin: {
            description: t(
              'Tidspunktet er ikke bekræftet endnu.',
              'The date is not confirmed yet.',
            ),
          },
          defaultValue: false,
          label: t('Foreløbig', 'Tentative'),
        },
      ],
    },
    {
      // Sorts dated and month-only meetings together: the start, else the planned month's first day.
      name: 'sortDate',
      type: 'date',
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) => {
            const { plannedMonth: month, startsAt } = siblingData as Partial<Meeting>
            return startsAt ?? (month ? `${month}-01T00:00:00.000Z` : null)
          },
        ],
      },
      index: true,
    },
    {
      name: 'theme',
      type: 'relationship',
      admin: {
        condition: (data) => (data as Partial<Meeting>).kind === 'working',
        description: t('Arbejdsmødets tema.', 'The working meeting’s theme.'),
      },
      label: t('Tema', 'Theme'),
      relationTo: 'themes',
    },
    { name: 'place', type: 'text', label: t('Sted', 'Place'), maxLength: 300 },
    { name: 'agenda', type: 'richText', label: t('Dagsorden', 'Agenda'), localized: true },
    {
      name: 'materials',
      type: 'join',
      // Payload's join list offers "Tilføj ny" whatever the reader's rights; files are added under
      // Mødematerialer, by staff, where the meeting is chosen.
      admin: {
        allowCreate: false,
        defaultColumns: ['title', 'download'],
        description: t(
          'Filer fra mødet. Redaktionen lægger dem op under Mødematerialer.',
          'Files from the meeting. The secretariat uploads them under Meeting materials.',
        ),
      },
      collection: 'meeting-materials',
      label: t('Materialer', 'Materials'),
      on: 'meeting',
    },
    { name: 'minutes', type: 'richText', label: t('Referat', 'Minutes'), localized: true },
    {
      name: 'participants',
      type: 'join',
      admin: { defaultColumns: ['name', 'role', 'partner'] },
      collection: 'meeting-registrations',
      label: t('Deltagere', 'Participants'),
      on: 'meeting',
    },
  ],
  labels: { plural: t('Møder', 'Meetings'), singular: t('Møde', 'Meeting') },
}
