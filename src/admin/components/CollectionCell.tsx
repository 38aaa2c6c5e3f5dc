'use client'
import type { DefaultCellComponentProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

/** An audit entry's collection (or global) by its name in the admin's language, not its slug. */
export const CollectionCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const slug = String(cellData ?? '')
  const collection = getEntityConfig({ collectionSlug: slug })
  const global = collection ? undefined : getEntityConfig({ globalSlug: slug })
  const label =
    collection?.labels?.plural ?? (global && 'label' in global ? global.label : undefined)
  return <span>{label ? getTranslation(label as never, i18n) : slug}</span>
}
