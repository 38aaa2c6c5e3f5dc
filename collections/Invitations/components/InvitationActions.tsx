'use client'
import {
  Button,
  ConfirmationModal,
  toast,
  useConfig,
  useDocumentInfo,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

const text = {
  da: {
    accepted: 'Invitationen er taget imod.',
    cancel: 'Fortryd',
    resend: 'Send invitationen igen',
    resendBody:
      'Den modtager en ny e-mail med et nyt link, som virker i syv dage. Det gamle link holder op med at virke.',
    resendHeading: 'Send invitationen igen?',
    withdraw: 'Træk invitationen tilbage',
    withdrawBody:
      'Invitationen slettes, og brugeren, der blev oprettet til den, fjernes. Linket i e-mailen holder op med at virke.',
    withdrawHeading: 'Træk invitationen tilbage?',
    withdrawn: 'Invitationen er trukket tilbage.',
  },
  en: {
    accepted: 'The invitation has been accepted.',
    cancel: 'Cancel',
    resend: 'Resend invitation',
    resendBody:
      'They get a new email with a new link, valid for seven days. The old link stops working.',
    resendHeading: 'Resend the invitation?',
    withdraw: 'Withdraw invitation',
    withdrawBody:
      'The invitation is deleted and the account made for it removed. The link in the email stops working.',
    withdrawHeading: 'Withdraw the invitation?',
    withdrawn: 'The invitation has been withdrawn.',
  },
}

type Answer = { errors?: Array<{ message: string }>; message?: string }

/**
 * Resend and withdraw, as buttons on a sent invitation, each asking first. They call
 * `POST /api/invitations/:id/resend` and `DELETE /api/invitations/:id`; the server's answer is shown.
 */
export const InvitationActions: React.FC = () => {
  const { id, data } = useDocumentInfo()
  const { config } = useConfig()
  const { openModal } = useModal()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const words = text[i18n.language === 'en' ? 'en' : 'da']
  if (!id) {
    return null
  }
  if (data?.acceptedAt) {
    return <p className="invitation-actions">{words.accepted}</p>
  }

  const api = `${config.serverURL}${config.routes.api}/invitations/${id}`
  /** The server's answer: its message on success, or the refusal shown as an error (undefined). */
  const call = async (url: string, method: 'DELETE' | 'POST'): Promise<Answer | undefined> => {
    setBusy(true)
    try {
      const response = await fetch(url, {
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
        method,
      })
      const body = (await response.json().catch(() => ({}))) as Answer
      if (response.ok) {
        return body
      }
      toast.error(body.errors?.[0]?.message ?? response.statusText)
      return undefined
    } finally {
      setBusy(false)
    }
  }
  const resend = async () => {
    const answer = await call(`${api}/resend`, 'POST')
    if (!answer) {
      return
    }
    toast.success(answer.message ?? words.resend)
    router.refresh()
  }
  const withdraw = async () => {
    if (!(await call(api, 'DELETE'))) {
      return
    }
    toast.success(words.withdrawn)
    router.push(`${config.routes.admin}/collections/invitations`)
  }
  return (
    <div
      className="invitation-actions"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 'calc(var(--base) / 2)',
        marginBottom: 'var(--base)',
      }}
    >
      <Button
        buttonStyle="secondary"
        disabled={busy}
        id="action-resend-invitation"
        onClick={() => openModal('resend-invitation')}
        size="medium"
      >
        {words.resend}
      </Button>
      <Button
        buttonStyle="secondary"
        disabled={busy}
        id="action-withdraw-invitation"
        onClick={() => openModal('withdraw-invitation')}
        size="medium"
      >
        {words.withdraw}
      </Button>
      <ConfirmationModal
        body={words.resendBody}
        cancelLabel={words.cancel}
        confirmLabel={words.resend}
        heading={words.resendHeading}
        modalSlug="resend-invitation"
        onConfirm={resend}
      />
      <ConfirmationModal
        body={words.withdrawBody}
        cancelLabel={words.cancel}
        confirmLabel={words.withdraw}
        heading={words.withdrawHeading}
        modalSlug="withdraw-invitation"
        onConfirm={withdraw}
      />
    </div>
  )
}
