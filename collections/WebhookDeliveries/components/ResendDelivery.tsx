'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

const text = {
  da: { resend: 'Send beskeden igen' },
  en: { resend: 'Send the message again' },
}

type Answer = { errors?: Array<{ message: string }>; message?: string }

/** A delivered or given-up message sent again: `POST /api/webhook-deliveries/:id/resend`; the server's answer is shown. */
export const ResendDelivery: React.FC = () => {
  const { id, data } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const words = text[i18n.language === 'en' ? 'en' : 'da']
  if (!id || (data?.status !== 'delivered' && data?.status !== 'failed')) {
    return null
  }

  const resend = async () => {
    setBusy(true)
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/webhook-deliveries/${id}/resend`,
        {
          credentials: 'include',
          headers: { 'Accept-Language': i18n.language },
          method: 'POST',
        },
      )
      const body = (await response.json().catch(() => ({}))) as Answer
      if (!response.ok) {
        toast.error(body.errors?.[0]?.message ?? response.statusText)
        return
      }
      toast.success(body.message ?? words.resend)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      buttonStyle="secondary"
      disabled={busy}
      id="action-resend-delivery"
      onClick={() => void resend()}
      size="medium"
    >
      {words.resend}
    </Button>
  )
}
