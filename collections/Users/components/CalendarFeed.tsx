'use client'
import {
  Button,
  CopyToClipboard,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import React, { useState } from 'react'

const text = {
  da: {
    copy: 'Kopiér adressen nu, og tilføj den i din kalender som abonnement: den vises ikke igen.',
    create: 'Opret kalenderlink',
    explain:
      'Abonnér på de møder, du kan deltage i, i din egen kalender (Outlook, Google, Apple). Linket er personligt: del det ikke.',
    heading: 'Kalender med møder',
    made: 'Dit kalenderlink blev oprettet',
    renew: 'Lav et nyt link',
    renewNote:
      'Et nyt link eller en tilbagekaldelse får det gamle link til at holde op med at virke med det samme.',
    revoke: 'Tilbagekald linket',
  },
  en: {
    copy: 'Copy the address now and add it to your calendar as a subscription: it is not shown again.',
    create: 'Make a calendar link',
    explain:
      'Subscribe to the meetings you may attend in your own calendar (Outlook, Google, Apple). The link is personal: do not share it.',
    heading: 'Calendar of meetings',
    made: 'Your calendar link was made',
    renew: 'Make a new link',
    renewNote: 'A new link or revoking it makes the old link stop working at once.',
    revoke: 'Revoke the link',
  },
}

type Answer = { errors?: Array<{ message: string }>; message?: string; url?: string }

/**
 * On the user's own account: a secret iCalendar address of the meetings it may attend, made
 * (`POST /api/users/calendar-feed`, shown once), made anew or revoked (`DELETE`). Nothing on
 * other users' pages: the link is its owner's alone.
 */
export const CalendarFeed: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const madeAt = useFormFields(
    ([fields]) => fields.calendarFeedCreatedAt?.value as null | string | undefined,
  )
  const [url, setUrl] = useState<string>()
  const [revoked, setRevoked] = useState(false)
  const [busy, setBusy] = useState(false)
  const words = text[i18n.language === 'en' ? 'en' : 'da']
  if (!user || String(user.id) !== String(id)) {
    return null
  }

  const ask = async (method: 'DELETE' | 'POST') => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/users/calendar-feed`, {
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
        method,
      })
      const body = (await response.json().catch(() => ({}))) as Answer
      if (!response.ok) {
        toast.error(body.errors?.[0]?.message ?? response.statusText)
      } else if (method === 'POST') {
        setUrl(body.url)
        setRevoked(false)
      } else {
        setUrl(undefined)
        setRevoked(true)
        toast.success(body.message ?? '')
      }
    } finally {
      setBusy(false)
    }
  }
  const active = Boolean(url) || (Boolean(madeAt) && !revoked)

  return (
    <div className="field-type calendar-feed" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">{words.heading}</label>
      <p>{words.explain}</p>
      {url && (
        <div>
          <p>{words.copy}</p>
          <p style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
            <code id="calendar-feed-url" style={{ wordBreak: 'break-all' }}>
              {url}
            </code>
            <CopyToClipboard value={url} />
          </p>
        </div>
      )}
      {!url && active && madeAt && (
        <p>
          {words.made}{' '}
          {formatDate({
            date: madeAt,
            i18n,
            pattern: config.admin.dateFormat,
            timezone: 'Europe/Copenhagen',
          })}
          .
        </p>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <Button
          buttonStyle="secondary"
          disabled={busy}
          id="action-calendar-feed"
          onClick={() => void ask('POST')}
          size="medium"
        >
          {active ? words.renew : words.create}
        </Button>
        {active && (
          <Button
            buttonStyle="secondary"
            disabled={busy}
            id="action-revoke-calendar-feed"
            onClick={() => void ask('DELETE')}
            size="medium"
          >
            {words.revoke}
          </Button>
        )}
      </div>
      {active && <p style={{ color: 'var(--theme-elevation-500)' }}>{words.renewNote}</p>}
    </div>
  )
}
