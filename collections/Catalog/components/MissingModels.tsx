'use client'
import { Button, useConfig, useField, useTranslation } from '@payloadcms/ui'
import { extractID } from 'payload/shared'
import React, { useEffect, useState } from 'react'

type Model = { id: number; title: string }

const text = {
  da: {
    add: (count: number) =>
      count === 1 ? 'Tilføj den til kataloget' : `Tilføj alle ${count} til kataloget`,
    all: 'Alle udgivne modeller er med i kataloget.',
    heading: 'Udgivne modeller, der ikke er med i kataloget',
    hint: 'De kommer sidst; træk dem på plads, og gem.',
  },
  en: {
    add: (count: number) =>
      count === 1 ? 'Add it to the catalogue' : `Add all ${count} to the catalogue`,
    all: 'Every published model is in the catalogue.',
    heading: 'Published models not in the catalogue',
    hint: 'They go last; drag them into place, and save.',
  },
}

/**
 * The catalogue at a glance: which published models the catalogue leaves out (compared with the
 * form as it stands, saved or not), and one button to add them to its `models`.
 */
export const MissingModels: React.FC = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { setValue, value } = useField<Array<{ id: number } | number>>({ path: 'models' })
  const [published, setPublished] = useState<Model[]>([])
  const words = text[i18n.language === 'en' ? 'en' : 'da']

  useEffect(() => {
    const query = 'where[_status][equals]=published&depth=0&limit=100&sort=order&select[title]=true'
    void fetch(`${config.serverURL}${config.routes.api}/models?${query}`, {
      credentials: 'include',
      headers: { 'Accept-Language': i18n.language },
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: Model[] }) => setPublished(body.docs ?? []))
      .catch(() => setPublished([]))
  }, [config.serverURL, config.routes.api, i18n.language])

  const included = new Set((value ?? []).map(extractID))
  const missing = published.filter((model) => !included.has(model.id))
  return (
    <div className="missing-models field-type" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{words.heading}</h4>
      {missing.length === 0 ? (
        <p>{words.all}</p>
      ) : (
        <>
          <ul>
            {missing.map((model) => (
              <li key={model.id}>
                <a href={`${config.routes.admin}/collections/models/${model.id}`}>{model.title}</a>
              </li>
            ))}
          </ul>
          <Button
            buttonStyle="secondary"
            id="action-add-missing-models"
            onClick={() =>
              setValue([...(value ?? []).map(extractID), ...missing.map(({ id }) => id)])
            }
            size="medium"
          >
            {words.add(missing.length)}
          </Button>
          <p style={{ color: 'var(--theme-elevation-500)' }}>{words.hint}</p>
        </>
      )}
    </div>
  )
}
