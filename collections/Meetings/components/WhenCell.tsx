'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import React from 'react'

import type { Meeting } from '../../../payload-types'

const words = {
  da: { allDay: 'hele dagen', dayOpen: 'dagen er ikke fastlagt', tentative: 'foreløbig' },
  en: { allDay: 'all day', dayOpen: 'day not fixed', tentative: 'tentative' },
}

/**
 * When a meeting is, in the list, as a Danish reader says it: `14.06.2011 10.00`, `25.01.2012
 * (hele dagen)`, or `august 2011 (dagen er ikke fastlagt)` — never an invented day or midnight.
 */
export const WhenCell: React.FC<DefaultCellComponentProps> = ({ rowData }) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { allDay, plannedMonth, startsAt, tentative } = rowData as Partial<Meeting>
  const language = i18n.language === 'en' ? 'en' : 'da'
  const notes: string[] = []
  let when = ''
  if (startsAt) {
    when = formatDate({
      date: startsAt,
      i18n,
      pattern: allDay ? 'dd.MM.yyyy' : config.admin.dateFormat,
      timezone: 'Europe/Copenhagen',
    })
    if (allDay) {
      notes.push(words[language].allDay)
    }
  } else if (plannedMonth) {
    when = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
      month: 'long',
      timeZone: 'UTC',
      year: 'numeric',
    }).format(new Date(`${plannedMonth}-01T00:00:00Z`))
    notes.push(words[language].dayOpen)
  }
  if (tentative) {
    notes.push(words[language].tentative)
  }
  return (
    <span className="meeting-when">
      {when}
      {notes.length ? ` (${notes.join(', ')})` : ''}
    </span>
  )
}
