'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { extractID } from 'payload/shared'
import { stringify } from 'qs-esm'
import React, { useCallback, useEffect, useState } from 'react'

import type { Label } from '../label'

import { partnerIdOf } from '../../../plugins/profiling-rights/access/viewer'

type Relation = { id: number; name?: string } | number | undefined

type Backing = { id: number; note?: null | string; partner?: Relation }

type Answer = { docs?: Backing[]; errors?: Array<{ message: string }> }

export type PartnerBackingProps = {
  /** The backings' collection (`proposal-supports`, `endorsements`) and its field naming the document. */
  collection: string
  field: string
  /** Whether a backing carries a note (an endorsement's comment). */
  note?: boolean
  texts: {
    /** The button that backs the document, and the one that withdraws. */
    back: Label
    /** Said to the partner that backs it. */
    backed: Label
    /** Before the list of backing partners. */
    backedBy: Label
    heading: Label
    /** When nobody backs it yet. */
    none: Label
    /** Said on the partner's own document, which it does not back (it made it). */
    own?: Label
    withdraw: Label
  }
}

const nameOf = (partner: Relation) =>
  typeof partner === 'object' ? (partner.name ?? `#${partner.id}`) : `#${partner}`

/**
 * A partner user's support of a proposal or endorsement of a recommendation, on the document
 * itself: who backs it, and one button to back it or withdraw (with a note, for endorsements).
 * It creates and deletes documents in `collection` over REST; the server decides and says why not.
 * Staff see the backings in the document's join field instead.
 */
export const PartnerBacking: React.FC<PartnerBackingProps> = ({
  collection,
  field,
  note: withNote,
  texts,
}) => {
  const { id, data } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'da'
  const [backings, setBackings] = useState<Backing[]>()
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState('')
  const partner = partnerIdOf(user)
  const api = `${config.serverURL}${config.routes.api}/${collection}`

  const call = useCallback(
    async (url: string, init: RequestInit = {}): Promise<Answer | undefined> => {
      const response = await fetch(url, {
        ...init,
        credentials: 'include',
        headers: { 'Accept-Language': language, 'Content-Type': 'application/json' },
      })
      const body = (await response.json().catch(() => ({}))) as Answer
      if (response.ok) {
        return body
      }
      toast.error(body.errors?.[0]?.message ?? response.statusText)
      return undefined
    },
    [language],
  )
  const load = useCallback(async () => {
    const query = stringify({
      depth: 1,
      limit: 100,
      sort: 'createdAt',
      where: { [field]: { equals: id } },
    })
    const answer = await call(`${api}?${query}`)
    setBackings(answer?.docs ?? [])
    const mine = answer?.docs?.find(
      (backing) => String(extractID(backing.partner as number)) === String(partner),
    )
    setNote(mine?.note ?? '')
  }, [api, call, field, id, partner])

  useEffect(() => {
    if (id && partner !== undefined) {
      void load()
    }
  }, [id, load, partner])

  if (!id || partner === undefined || !backings) {
    return null
  }
  const mine = backings.find(
    (backing) => String(extractID(backing.partner as number)) === String(partner),
  )
  const owner = (data as { partner?: Relation } | undefined)?.partner
  const isOwn =
    texts.own && owner !== undefined && String(extractID(owner as number)) === String(partner)
  const act = async (run: () => Promise<Answer | undefined>) => {
    setBusy(true)
    try {
      if (await run()) {
        await load()
      }
    } finally {
      setBusy(false)
    }
  }
  const back = () =>
    act(() =>
      call(api, {
        body: JSON.stringify({ [field]: id, ...(withNote ? { note } : {}) }),
        method: 'POST',
      }),
    )
  const saveNote = () =>
    act(() => call(`${api}/${mine!.id}`, { body: JSON.stringify({ note }), method: 'PATCH' }))
  const withdraw = () => act(() => call(`${api}/${mine!.id}`, { method: 'DELETE' }))

  return (
    <section
      className="partner-backing"
      style={{
        background: 'var(--theme-elevation-50)',
        marginBottom: 'var(--base)',
        marginTop: 'var(--base)',
        padding: 'var(--base)',
      }}
    >
      <h3 style={{ margin: '0 0 8px' }}>{texts.heading[language]}</h3>
      <p className="partner-backing__list">
        {backings.length
          ? `${texts.backedBy[language]}: ${backings.map((backing) => nameOf(backing.partner)).join(', ')}`
          : texts.none[language]}
      </p>
      {isOwn ? (
        <p>{texts.own![language]}</p>
      ) : (
        <>
          {mine ? <p className="partner-backing__mine">{texts.backed[language]}</p> : null}
          {withNote ? (
            <textarea
              aria-label={language === 'da' ? 'Jeres bemærkning' : 'Your note'}
              className="partner-backing__note"
              maxLength={2000}
              onChange={(event) => setNote(event.target.value)}
              placeholder={
                language === 'da'
                  ? 'Bemærkning til sekretariatet og styregruppen (valgfri)'
                  : 'Note to the secretariat and the steering group (optional)'
              }
              rows={3}
              style={{ font: 'inherit', marginBottom: 8, padding: 8, width: '100%' }}
              value={note}
            />
          ) : null}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {mine ? (
              <>
                {withNote ? (
                  <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={saveNote}>
                    {language === 'da' ? 'Gem bemærkningen' : 'Save the note'}
                  </Button>
                ) : null}
                <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={withdraw}>
                  {texts.withdraw[language]}
                </Button>
              </>
            ) : (
              <Button buttonStyle="primary" disabled={busy} margin={false} onClick={back}>
                {texts.back[language]}
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  )
}
