import type { Payload, PayloadRequest, TypedUser } from 'payload'

import React from 'react'

import { isStaff } from '../../access/roles'
import { reviewStatusOptions } from '../../review/reviewStatus'

type Props = { i18n: { language: string }; payload: Payload; user?: null | TypedUser }

type Row = {
  collection: 'cases' | 'posts'
  id: number
  reviewMessage?: null | string
  reviewStatus?: null | string
  title: string
}

const reviewed = ['cases', 'posts'] as const

/**
 * The first thing on the dashboard: for editors, what partners have submitted and waits for
 * them; for a partner user, its own cases and posts with where each stands and the editors'
 * latest message.
 */
export const ReviewQueue = async ({ i18n, payload, user }: Props) => {
  if (!user) {
    return null
  }
  const da = i18n.language === 'da'
  const staff = isStaff(user as PayloadRequest['user'])
  const rows: Row[] = (
    await Promise.all(
      reviewed.map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          depth: 0,
          draft: true,
          limit: 20,
          overrideAccess: staff,
          // The partner decides whether the partner's users may read the editors' message.
          select: { partner: true, reviewMessage: true, reviewStatus: true, title: true },
          sort: '-updatedAt',
          user,
          where: staff
            ? { reviewStatus: { equals: 'submitted' } }
            : { reviewStatus: { not_equals: 'published' } },
        })
        return docs.map((doc) => ({ ...doc, collection }) as Row)
      }),
    )
  ).flat()
  if (!staff && !rows.length) {
    return null
  }
  const status = (value?: null | string) =>
    reviewStatusOptions.find((option) => option.value === value)?.label[da ? 'da' : 'en']
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ marginBottom: 'var(--base)' }}>
        {staff
          ? da
            ? 'Til gennemsyn'
            : 'Awaiting review'
          : da
            ? 'Jeres indhold under arbejde'
            : 'Your work in progress'}
      </h2>
      {!rows.length ? (
        <p>{da ? 'Intet venter på gennemsyn.' : 'Nothing awaits review.'}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row) => (
            <li
              key={`${row.collection}-${row.id}`}
              style={{
                borderBottom: '1px solid var(--theme-elevation-100)',
                padding: 'calc(var(--base) / 2) 0',
              }}
            >
              <a href={`/admin/collections/${row.collection}/${row.id}`}>{row.title}</a>{' '}
              <span style={{ color: 'var(--theme-elevation-500)' }}>
                ({row.collection === 'cases' ? 'case' : da ? 'blogindlæg' : 'post'}
                {staff ? '' : ` · ${status(row.reviewStatus)}`})
              </span>
              {!staff && row.reviewStatus === 'returned' && row.reviewMessage ? (
                <blockquote
                  style={{
                    borderLeft: '3px solid var(--theme-error-500)',
                    margin: '4px 0 0',
                    paddingLeft: 8,
                  }}
                >
                  {row.reviewMessage}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
