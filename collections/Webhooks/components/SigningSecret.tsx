'use client'
import {
  Button,
  CopyToClipboard,
  toast,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import React, { useState } from 'react'

const text = {
  da: {
    afterCreate: 'Gem webhooken; derefter kan du se dens signeringsnøgle én gang.',
    copy: 'Kopiér nøglen nu, og giv den til modtageren: den vises ikke igen.',
    heading: 'Signeringsnøgle',
    rotate: 'Lav en ny nøgle',
    rotateNote: 'Den gamle nøgle holder op med at virke med det samme.',
    show: 'Vis nøglen (kun én gang)',
    shownAt: 'Nøglen blev vist',
  },
  en: {
    afterCreate: 'Save the webhook; then you can see its signing secret once.',
    copy: 'Copy the secret now and give it to the receiver: it is not shown again.',
    heading: 'Signing secret',
    rotate: 'Make a new secret',
    rotateNote: 'The old secret stops working at once.',
    show: 'Show the secret (once only)',
    shownAt: 'The secret was shown',
  },
}

type Answer = { errors?: Array<{ message: string }>; secret?: string }

/**
 * The webhook's signing secret: shown once after the webhook is saved (`POST /api/webhooks/:id/secret`),
 * never again; a new one can be made (`…/secret/rotate`), shown once in its turn.
 */
export const SigningSecret: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const shownAt = useFormFields(
    ([fields]) => fields.secretShownAt?.value as null | string | undefined,
  )
  const [secret, setSecret] = useState<string>()
  const [busy, setBusy] = useState(false)
  const words = text[i18n.language === 'en' ? 'en' : 'da']

  const ask = async (path: string) => {
    setBusy(true)
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/webhooks/${id}${path}`,
        {
          credentials: 'include',
          headers: { 'Accept-Language': i18n.language },
          method: 'POST',
        },
      )
      const body = (await response.json().catch(() => ({}))) as Answer
      if (response.ok && body.secret) {
        setSecret(body.secret)
      } else {
        toast.error(body.errors?.[0]?.message ?? response.statusText)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type signing-secret" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">{words.heading}</label>
      {!id && <p>{words.afterCreate}</p>}
      {id && secret && (
        <div>
          <p>{words.copy}</p>
          <p style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
            <code id="webhook-secret" style={{ wordBreak: 'break-all' }}>
              {secret}
            </code>
            <CopyToClipboard value={secret} />
          </p>
        </div>
      )}
      {id && !secret && !shownAt && (
        <Button
          buttonStyle="secondary"
          disabled={busy}
          id="action-show-secret"
          onClick={() => void ask('/secret')}
          size="medium"
        >
          {words.show}
        </Button>
      )}
      {id && !secret && shownAt && (
        <div>
          <p>
            {words.shownAt}{' '}
            {formatDate({
              date: shownAt,
              i18n,
              pattern: config.admin.dateFormat,
              timezone: 'Europe/Copenhagen',
            })}
            .
          </p>
          <Button
            buttonStyle="secondary"
            disabled={busy}
            id="action-rotate-secret"
            onClick={() => void ask('/secret/rotate')}
            size="medium"
          >
            {words.rotate}
          </Button>
          <p style={{ color: 'var(--theme-elevation-500)' }}>{words.rotateNote}</p>
        </div>
      )}
    </div>
  )
}
