/**
 * The plugin follows its options, not hard-coded tier names: a third tier, "supporter"
 * (name only: no link, no logo), added to the defaults, is treated as its rights say; options
 * that name a collection or field the config lacks fail the start. A unit test of the config
 * transform (no server); the project's own collections serve as the host.
 */
import type { CollectionConfig, Config, FieldAccess, PayloadRequest, Where } from 'payload'

import { describe, expect, it } from 'vitest'

import { defaultTiers, profilingRights, type Tier } from '..'
import { Catalog, collections } from '../../../collections'

const supporter: Tier = {
  fee: 10_000,
  key: 'supporter',
  label: { da: 'Støtter', en: 'Supporter' },
  publicationCopies: 1,
  rights: Object.fromEntries(
    Object.keys(defaultTiers[0].rights).map((right) => [right, false]),
  ) as Tier['rights'],
  seats: 50,
  steeringMeetings: 0,
  tickets: 0,
  workingMeetings: 0,
}

const config = profilingRights({ tiers: [...defaultTiers, supporter] })({
  collections,
  globals: [Catalog],
} as Config) as Config
const collection = (slug: string) =>
  config.collections!.find((candidate) => candidate.slug === slug) as CollectionConfig
const field = (slug: string, name: string) => {
  const find = (fields: CollectionConfig['fields']): any => {
    for (const candidate of fields) {
      if ('name' in candidate && candidate.name === name) {
        return candidate
      }
      const nested = 'fields' in candidate ? find(candidate.fields) : undefined
      if (nested) {
        return nested
      }
    }
  }
  return find(collection(slug).fields)
}
const anonymous = { context: {}, user: null } as unknown as PayloadRequest
const readAs = (slug: string, name: string, doc: Record<string, unknown>) =>
  (field(slug, name).access.read as FieldAccess)({ doc, req: anonymous } as never)

describe('a third tier from the options', () => {
  it('is offered in the tier field', () => {
    expect(
      field('partners', 'tier').options.map((option: { value: string }) => option.value),
    ).toEqual(['steering', 'working', 'supporter'])
  })

  it('shows its partners by name only: no website, logo or presentation', () => {
    const partner = { id: 1, status: 'active', tier: 'supporter' }
    expect([
      readAs('partners', 'website', partner),
      readAs('partners', 'logo', partner),
      readAs('partners', 'presentation', partner),
    ]).toEqual([false, false, false])
    expect(field('partners', 'name').access?.read).toBeUndefined()
    expect(readAs('partners', 'website', { ...partner, tier: 'working' })).toBe(true)
  })

  it('keeps its partners’ logo files private', async () => {
    // The public reads the logos flagged `shown`; the flag follows the partner's tier by the options.
    const where = (await collection('logos').access!.read!({ req: anonymous } as never)) as Where
    expect(where).toEqual({ shown: { equals: true } })
    const shownFor = async (tier: string) => {
      const req = {
        ...anonymous,
        payload: { findByID: async () => ({ status: 'active', tier }) },
      } as unknown as PayloadRequest
      let data: Record<string, unknown> = { partner: 1 }
      for (const hook of collection('logos').hooks!.beforeChange!) {
        data =
          (await hook({
            collection: collection('logos'),
            context: {},
            data,
            operation: 'create',
            req,
          } as never)) ?? data
      }
      return data.shown
    }
    expect(await shownFor('supporter')).toBe(false)
    expect(await shownFor('steering')).toBe(true)
  })
})

describe('options that do not match the config', () => {
  const host = { collections, globals: [Catalog] } as Config
  const startWith = (options: Parameters<typeof profilingRights>[0]) => () =>
    profilingRights(options)(host)

  it('fail the start, naming the option and what is missing', () => {
    expect(startWith({ slugs: { posts: 'blogposts' as never } })).toThrow(
      'slugs.posts: there is no collection "blogposts"',
    )
    expect(startWith({ slugs: { catalog: 'katalog' as never } })).toThrow(
      'slugs.catalog: there is no global "katalog"',
    )
    expect(startWith({ partnerFields: { private: ['contacts', 'kontakter'] } })).toThrow(
      'partnerFields.private: the collection "partners" has no field "kontakter"',
    )
    expect(startWith({ partnerFields: { gated: { hjemmeside: 'nameAndLinkOnWebsite' } } })).toThrow(
      'partnerFields.gated: the collection "partners" has no field "hjemmeside"',
    )
    expect(startWith({ ownerField: 'owner' })).toThrow(
      'ownerField: the collection "cases" has no field "owner"',
    )
    expect(startWith({ slugs: { proposals: 'forslag' as never } })).toThrow(
      'slugs.proposals: there is no collection "forslag"',
    )
    // Endorsements must point at the recommendations: `endorsedBy` is kept from them.
    expect(startWith({ slugs: { endorsements: 'proposal-supports' as never } })).toThrow(
      'slugs.endorsements: the collection "proposal-supports" has no relationship to "recommendations"',
    )
  })

  it('are all accepted at their defaults, which the project uses', () => {
    expect(startWith({})).not.toThrow()
  })
})
