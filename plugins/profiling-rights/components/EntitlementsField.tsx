'use client'
import type { JSONFieldClientComponent } from 'payload'

import { useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { Entitlements } from '../fields/entitlements'

import { allowanceLabels, rightLabels } from '../labels'

const counted = ['fee', 'steeringMeetings', 'workingMeetings', 'publicationCopies', 'tickets', 'ticketsTotal'] as const

/** The partner's entitlements as its users and the secretariat see them: each right yes/no, with counts. */
export const EntitlementsField: JSONFieldClientComponent = ({ path }) => {
  const { value } = useField<Entitlements | null>({ path })
  const { i18n } = useTranslation()
  const language = i18n.language === 'da' ? 'da' : 'en'
  const yes = language === 'da' ? 'Ja' : 'Yes'
  const no = language === 'da' ? 'Nej' : 'No'

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{language === 'da' ? 'Rettigheder' : 'Entitlements'}</h4>
      {!value ? (
        <p>{language === 'da' ? 'Intet niveau valgt endnu.' : 'No tier set yet.'}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <tbody>
            {counted.map((key) => (
              <tr key={key}>
                <td>{allowanceLabels[key][language]}</td>
                <td style={{ textAlign: 'right' }}>{value[key].toLocaleString(language === 'da' ? 'da-DK' : 'en-GB')}</td>
              </tr>
            ))}
            {Object.entries(value.rights).map(([right, granted]) => (
              <tr key={right}>
                <td>{rightLabels[right as keyof typeof rightLabels][language]}</td>
                <td style={{ textAlign: 'right' }}>{granted ? yes : no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
