'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

/** A material's file as a download link in lists (the meeting's materials): what a member came for. */
export const DownloadCell: React.FC<DefaultCellComponentProps> = ({ rowData }) => {
  const { i18n } = useTranslation()
  const { filename, url } = rowData as { filename?: string; url?: string }
  if (!url) {
    return null
  }
  return (
    <a className="material-download" download={filename} href={url}>
      {i18n.language === 'en' ? 'Download' : 'Hent'} {filename}
    </a>
  )
}
