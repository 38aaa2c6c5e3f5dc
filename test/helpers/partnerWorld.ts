import type { Payload } from 'payload'

import type { TestApp } from './testApp'

import { type FileEnv, startedPerFile } from './appPerFile'
import { create, png, richText } from './content'
import { type Transport, transports, type Viewer } from './transports'
import { PASSWORD } from './users'

const partner = async (payload: Payload, name: string, tier: string, status: string) => {
  const doc = await create(payload, 'partners', {
    name,
    attendees: [{ name: `Deltager hos ${name}` }],
    contacts: [{ name: `Kontakt hos ${name}`, email: `kontakt@${tier}.example` }],
    notes: `Intern note om ${name}`,
    panelNominees: [{ name: `Nøgleperson hos ${name}` }],
    presentation: richText(`Præsentation af ${name}`),
    status,
    ticketsExtra: 1,
    tier,
    website: `https://${tier}.example`,
  })
  const logo = await payload.create({
    collection: 'logos',
    data: { alt: `${name}s logo`, partner: doc.id },
    file: {
      name: `${tier}-${status}.png`,
      data: await png(800, 400),
      mimetype: 'image/png',
      size: 1,
    },
  })
  return payload.update({ id: doc.id, collection: 'partners', data: { logo: logo.id } })
}

const viewer = async (
  app: TestApp,
  payload: Payload,
  name: string,
  data: Record<string, unknown>,
): Promise<Viewer> => {
  const email = `${name.toLowerCase()}@example.dk`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, ...data } as never,
  })
  return {
    name,
    token: await app.login(email, PASSWORD),
    user: { ...user, collection: 'users' } as never,
  }
}

/**
 * Three partners (steering, working, and a steering-tier prospect), each with a logo and
 * every private field filled, and a viewer of each kind.
 */
export const partnerWorld = async (app: TestApp, payload: Payload) => {
  const admin = await viewer(app, payload, 'Admin', { roles: ['admin'] })
  const partners = {
    prospect: await partner(payload, 'Emne Fond', 'steering', 'prospect'),
    steering: await partner(payload, 'Styre Kommune', 'steering', 'active'),
    working: await partner(payload, 'Arbejds Region', 'working', 'active'),
  }
  const viewers = {
    admin,
    anonymous: { name: 'anonymous' } as Viewer,
    editor: await viewer(app, payload, 'Editor', { roles: ['editor'] }),
    steeringUser: await viewer(app, payload, 'SteeringUser', {
      partner: partners.steering.id,
      roles: ['partner'],
    }),
    workingUser: await viewer(app, payload, 'WorkingUser', {
      partner: partners.working.id,
      roles: ['partner'],
    }),
  }
  return { partners, viewers }
}

export type PartnerWorld = Awaited<ReturnType<typeof partnerWorld>>

/** Present: hidden fields come back absent (REST, Local API) or null (GraphQL); the world fills every field. */
export const visible = (value: unknown): boolean => value !== undefined && value !== null

export type WorldContext = { app: TestApp; payload: Payload; via: Transport[]; world: PartnerWorld }

/** One app per test file with the partner world in it, and the three transports to ask it through (`env` as for appPerFile). */
export const partnerWorldPerFile = (
  use: (context: WorldContext) => void,
  { env = {} }: { env?: FileEnv } = {},
) => {
  startedPerFile(env, async (app) => {
    const payload = await app.payload()
    use({ app, payload, via: transports(app, payload), world: await partnerWorld(app, payload) })
  })
}
