import type { TextField } from 'payload'

import { t } from '../../src/admin/label'
import { say } from '../../src/i18n/message'

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/**
 * When only the month of a meeting is known (the project description plans the working meetings
 * "august 2011" …): the month as ISO 8601 `YYYY-MM`, instead of a day nobody has decided.
 */
export const plannedMonth: TextField = {
  name: 'plannedMonth',
  type: 'text',
  admin: {
    description: t(
      'Kun når dagen ikke er fastlagt: år og måned som ÅÅÅÅ-MM, fx 2011-08.',
      'Only when the day is not fixed yet: year and month as YYYY-MM, e.g. 2011-08.',
    ),
    placeholder: 'ÅÅÅÅ-MM',
  },
  label: t('Planlagt måned', 'Planned month'),
  validate: (value: null | string | undefined, { req }) =>
    !value ||
    YEAR_MONTH.test(value) ||
    say(
      req,
      t('Skriv måneden som ÅÅÅÅ-MM, fx 2011-08.', 'Write the month as YYYY-MM, e.g. 2011-08.'),
    ),
}
