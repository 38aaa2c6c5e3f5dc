'use client'
import {
  FormSubmit,
  PublishButton,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect } from 'react'

const text = {
  da: {
    done: 'Sendt til redaktionen',
    sent: 'Sendt til redaktionen. I får besked, når den er offentliggjort eller sendt tilbage.',
    submit: 'Send til redaktionen',
  },
  en: {
    done: 'Submitted for review',
    sent: 'Submitted for review. You will hear when it is published or sent back.',
    submit: 'Submit for review',
  },
}

/** Survives the admin's redirect from "create" to the new document's page, so the confirmation still shows. */
const FLAG = 'den-aktive-borger:submitted-for-review'
/** Where Payload's edit view keeps its "… oprettet" toast across that redirect (@payloadcms/ui 3.90, views/Edit). */
const PAYLOAD_PENDING_TOAST = 'payload-pending-success-toast'

/**
 * The publish slot of a reviewed document (cases, posts). Those who may publish get Payload's
 * Publish button; a partner user gets one clear action instead: "Send til redaktionen" saves the
 * draft with `reviewStatus: 'submitted'` (the server records who and when, and emails the editors).
 */
export const SubmitForReviewButton: React.FC = () => {
  const { id, collectionSlug, data, hasPublishPermission } = useDocumentInfo()
  const { config } = useConfig()
  const { code: locale } = useLocale()
  const { submit } = useForm()
  const modified = useFormModified()
  const { i18n } = useTranslation()
  const words = text[i18n.language === 'en' ? 'en' : 'da']
  const reviewStatus = useFormFields(([fields]) => fields.reviewStatus?.value)
  const submitted = reviewStatus === 'submitted' && !modified

  useEffect(() => {
    if (data?.reviewStatus === 'submitted' && sessionStorage.getItem(FLAG)) {
      sessionStorage.removeItem(FLAG)
      // One confirmation, saying what happened: handed in, not merely created. (This effect runs before the edit view's.)
      sessionStorage.removeItem(PAYLOAD_PENDING_TOAST)
      toast.success(words.sent)
    }
  }, [data?.reviewStatus, data?.updatedAt, words.sent])

  if (hasPublishPermission) {
    return <PublishButton />
  }

  const onClick = async () => {
    const search = `?locale=${locale}&depth=0&fallback-locale=null&draft=true`
    sessionStorage.setItem(FLAG, '1')
    await submit({
      action: formatAdminURL({
        apiRoute: config.routes.api,
        path: `/${collectionSlug}${id ? `/${id}` : ''}${search}`,
      }),
      disableSuccessStatus: true,
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', reviewStatus: 'submitted' },
    })
  }
  return (
    <FormSubmit
      buttonId="action-submit-for-review"
      disabled={submitted}
      onClick={() => void onClick()}
      size="medium"
      type="button"
    >
      {submitted ? words.done : words.submit}
    </FormSubmit>
  )
}
