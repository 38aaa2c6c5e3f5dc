'use client'
import { Button, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import React from 'react'

const text = {
  da: { draft: 'Hent kladden som PDF', published: 'Hent PDF' },
  en: { draft: 'Download draft as PDF', published: 'Download PDF' },
}

/**
 * Beside the catalogue's save and publish buttons: the print as the public gets it (once
 * published) and as the latest saved draft, in the language being edited.
 */
export const DownloadPdf: React.FC = () => {
  const { config } = useConfig()
  const { hasPublishedDoc } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const words = text[i18n.language === 'en' ? 'en' : 'da']
  const url = (draft: boolean) =>
    `${config.serverURL}${config.routes.api}/globals/catalog/pdf?locale=${locale}${draft ? '&draft=true' : ''}`
  return (
    <>
      {hasPublishedDoc && (
        <Button buttonStyle="secondary" el="anchor" id="catalog-pdf" size="medium" url={url(false)}>
          {words.published}
        </Button>
      )}
      <Button
        buttonStyle="secondary"
        el="anchor"
        id="catalog-pdf-draft"
        size="medium"
        url={url(true)}
      >
        {words.draft}
      </Button>
    </>
  )
}
