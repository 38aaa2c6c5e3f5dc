'use client'
import type { JSONFieldClientComponent } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

type Change = { after: unknown; before: unknown; field: string }

const isChanges = (value: unknown): value is Change[] =>
  Array.isArray(value) &&
  value.every(
    (entry) =>
      entry &&
      typeof entry === 'object' &&
      'field' in entry &&
      'before' in entry &&
      'after' in entry,
  )

const shown = (value: unknown) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value)

const cell = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '6px 12px 6px 0',
  verticalAlign: 'top',
} as const

/**
 * A read-only JSON value written by the server (an audit entry's changes, a webhook message),
 * shown as text: Payload's JSON editor loads its code editor from a CDN, which the admin may not
 * reach. Changes (`[{ field, before, after }]`) are shown as a table.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path: pathFromProps }) => {
  const { value } = useField<unknown>({ path: pathFromProps ?? field.name })
  const { i18n } = useTranslation()
  const english = i18n.language === 'en'
  return (
    <div className="field-type json-view" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={field.name} />
      {isChanges(value) ? (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={{ ...cell, textAlign: 'left' }}>{english ? 'Field' : 'Felt'}</th>
              <th style={{ ...cell, textAlign: 'left' }}>{english ? 'Before' : 'Før'}</th>
              <th style={{ ...cell, textAlign: 'left' }}>{english ? 'After' : 'Efter'}</th>
            </tr>
          </thead>
          <tbody>
            {value.map((change) => (
              <tr key={change.field}>
                <td style={cell}>{change.field}</td>
                <td style={{ ...cell, wordBreak: 'break-word' }}>{shown(change.before)}</td>
                <td style={{ ...cell, wordBreak: 'break-word' }}>{shown(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <pre
          style={{
            background: 'var(--theme-elevation-50)',
            margin: 0,
            overflowX: 'auto',
            padding: 12,
            whiteSpace: 'pre-wrap',
          }}
        >
          {value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}
        </pre>
      )}
      {field.admin?.description ? (
        <FieldDescription
          description={getTranslation(field.admin.description as never, i18n)}
          path={field.name}
        />
      ) : null}
    </div>
  )
}
