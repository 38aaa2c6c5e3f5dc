'use client'
import type { NumberFieldClientComponent } from 'payload'

import { TextInput, useField, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

/** `2,5`, `2.5`, `1.500,75` or `1 500,75` → a number; undefined when it is not one. */
export const parseDecimal = (text: string): number | undefined => {
  const compact = text.replace(/\s/g, '')
  if (!compact) {
    return undefined
  }
  // With both separators, the last one is the decimal mark; a lone comma is one too (Danish).
  const decimal =
    compact.includes(',') &&
    (!compact.includes('.') || compact.lastIndexOf(',') > compact.lastIndexOf('.'))
      ? ','
      : '.'
  const thousands = decimal === ',' ? '.' : ','
  const normal = compact.split(thousands).join('').replace(decimal, '.')
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined
}

/**
 * A number typed the way its user writes it: a browser's number box drops a Danish decimal comma
 * without a word (`2,5` becomes 25), so this takes text, reads `2,5` and `2.5` alike, shows the
 * number back in the admin's language, and says so when the text is no number.
 */
export const DecimalField: NumberFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const path = pathFromProps ?? field.name
  const { setValue, showError, value } = useField<null | number | string>({ path })
  const { i18n } = useTranslation()
  const format = (number: null | number | string | undefined) =>
    typeof number === 'number'
      ? number.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
          maximumFractionDigits: 6,
          useGrouping: false,
        })
      : ''
  const [text, setText] = useState(format(value))
  const [invalid, setInvalid] = useState(false)
  useEffect(() => {
    // Follows the stored value when it changes from outside (a reset, another locale), not while typing.
    if (typeof value !== 'string' && parseDecimal(text) !== (value ?? undefined)) {
      setText(format(value))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])
  const message = i18n.language === 'en' ? 'Write a number, e.g. 2.5' : 'Skriv et tal, f.eks. 2,5'
  return (
    <TextInput
      description={invalid ? message : (field.admin?.description as never)}
      label={field.label}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
        const typed = event.target.value
        setText(typed)
        const number = parseDecimal(typed)
        setInvalid(typed.trim() !== '' && number === undefined)
        // Not a number: the text itself, which the field's own validation refuses (here and on the server).
        setValue(typed.trim() === '' ? null : (number ?? typed))
      }}
      path={path}
      readOnly={readOnly || field.admin?.readOnly}
      required={field.required}
      showError={showError || invalid}
      value={text}
    />
  )
}
