'use client'
import { useAuth, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { Label, Right } from '../types'

import { mayUseRight } from '../access/viewer'
import { rightLabels } from '../labels'
import { Notice } from './Notice'

export type RightNoticeProps = {
  /** The tiers that grant one of `rights`, by label. */
  grantedBy: Label[]
  /** What the user can do here instead (optional). */
  meanwhile?: Label
  /** Shown when the user's partner holds none of these. */
  rights: Right[]
}

/**
 * Where a partner user cannot act because its tier lacks a right, this says so and which tier
 * has it, instead of an empty list or a form that cannot be saved. Staff and entitled partners see nothing.
 */
export const RightNotice: React.FC<RightNoticeProps> = ({ grantedBy, meanwhile, rights }) => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  if (mayUseRight(user, rights)) {
    return null
  }
  const language = i18n.language === 'en' ? 'en' : 'da'
  const named = rights
    .map((right) => `“${rightLabels[right][language]}”`)
    .join(language === 'da' ? ' eller ' : ' or ')
  const tiers = grantedBy.map((label) => label[language]).join(language === 'da' ? ' og ' : ' and ')
  const text =
    language === 'da'
      ? `Jeres partnerniveau giver ikke retten ${named}. Den følger med ${tiers}. Kontakt sekretariatet, hvis I vil vide mere.`
      : `Your partner tier does not include ${named}. ${tiers} does. Contact the secretariat to know more.`
  return (
    <Notice>
      <p style={{ margin: 0 }}>{text}</p>
      {meanwhile ? <p style={{ margin: '8px 0 0' }}>{meanwhile[language]}</p> : null}
    </Notice>
  )
}
