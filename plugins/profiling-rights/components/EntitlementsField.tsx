'use client'
import type { JSONFieldClientComponent } from 'payload'

import { useAuth, useConfig, useField, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { PublicTier } from '../endpoints/describeTiers'
import type { Entitlements } from '../fields/entitlements'

import { isStaff } from '../access/viewer'
import { allowanceLabels, rightLabels } from '../labels'

const counted = [
  'fee',
  'steeringMeetings',
  'workingMeetings',
  'publicationCopies',
  'tickets',
] as const

const words = {
  da: {
    heading: 'Det giver jeres partnerskab',
    no: 'Nej',
    none: 'Intet niveau valgt endnu.',
    ours: 'Jeres niveau',
    staffHeading: 'Det giver partnerskabet',
    theirs: 'Partnerens niveau',
    yes: 'Ja',
  },
  en: {
    heading: 'What your partnership includes',
    no: 'No',
    none: 'No tier set yet.',
    ours: 'Your tier',
    staffHeading: 'What the partnership includes',
    theirs: 'The partner’s tier',
    yes: 'Yes',
  },
}

/**
 * The partner's entitlements as its users and the secretariat see them: each right and count of
 * its own tier beside the other tiers (from `GET /api/tiers`), so a partner sees what it has,
 * what it has not, and which tier would give it.
 */
export const EntitlementsField: JSONFieldClientComponent = ({ path }) => {
  const { value } = useField<Entitlements | null>({ path })
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { user } = useAuth()
  const staff = isStaff(user)
  const [tiers, setTiers] = useState<PublicTier[]>([])
  const language = i18n.language === 'en' ? 'en' : 'da'
  const text = words[language]
  const number = (amount: number) => amount.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB')

  useEffect(() => {
    void fetch(`${config.serverURL}${config.routes.api}/tiers`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { tiers: [] }))
      .then((body: { tiers?: PublicTier[] }) => setTiers(body.tiers ?? []))
      .catch(() => setTiers([]))
  }, [config.serverURL, config.routes.api])

  if (!value) {
    return <p>{text.none}</p>
  }
  // Own tier first, then the others; without the tiers list (yet), the own column alone.
  const columns = [
    {
      counts: value,
      key: value.tier,
      label: staff ? text.theirs : text.ours,
      rights: value.rights,
    },
    ...tiers
      .filter((tier) => tier.key !== value.tier)
      .map((tier) => ({
        counts: { ...tier, ticketsTotal: tier.tickets },
        key: tier.key,
        label: tier.label[language],
        rights: tier.rights,
      })),
  ]
  const cell = { padding: '2px 0 2px 8px', textAlign: 'right' as const }
  return (
    <div className="field-type entitlements" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {staff ? text.staffHeading : text.heading}
      </h4>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th />
            {columns.map((column) => (
              <th
                key={column.key}
                style={{ ...cell, fontWeight: column.key === value.tier ? 700 : 400 }}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {counted.map((key) => (
            <tr key={key}>
              <td>{allowanceLabels[key][language]}</td>
              {columns.map((column) => (
                <td key={column.key} style={cell}>
                  {number(column.counts[key])}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <td>{allowanceLabels.ticketsTotal[language]}</td>
            <td style={cell}>{number(value.ticketsTotal)}</td>
            {columns.slice(1).map((column) => (
              <td key={column.key} style={cell} />
            ))}
          </tr>
          {Object.entries(value.rights).map(([right, granted]) => (
            <tr key={right}>
              <td>{rightLabels[right as keyof typeof rightLabels][language]}</td>
              {columns.map((column) => (
                <td key={column.key} style={cell}>
                  {(
                    column.key === value.tier
                      ? granted
                      : column.rights[right as keyof typeof column.rights]
                  )
                    ? text.yes
                    : text.no}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
