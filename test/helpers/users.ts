import { randomUUID } from 'node:crypto'

import type { Role } from '../../src/access/roles'
import type { TestApp } from './testApp'

export const PASSWORD = 'correct-horse-battery-staple'

/** Creates a user through the Local API and returns its login token from REST. */
export const userWithRole = async (app: TestApp, role: Role, email = `${role}@example.dk`) => {
  const payload = await app.payload()
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, roles: [role] },
  })
  return { token: await app.login(email, PASSWORD), user }
}

/** An admin (the first user) and an editor, with their tokens. */
export const staffTokens = async (app: TestApp) => {
  const admin = await userWithRole(app, 'admin')
  const editor = await userWithRole(app, 'editor')
  return { admin: admin.token, editor: editor.token }
}

/**
 * A frontend's preview account made over REST by an admin, as in the admin UI: returns its API key
 * and the header that sends it (`Authorization: users API-Key …`). Fails the test unless it is 201.
 */
export const previewAccount = async (
  app: TestApp,
  adminToken: string,
  key: string = randomUUID(),
) => {
  const made = await app.api('/api/users', {
    body: {
      apiKey: key,
      email: 'frontend@example.dk',
      enableAPIKey: true,
      password: PASSWORD,
      roles: ['preview'],
    },
    method: 'POST',
    token: adminToken,
  })
  if (made.status !== 201)
    throw new Error(`preview account: ${made.status} ${JSON.stringify(made.body)}`)
  return { authorization: `users API-Key ${key}`, key }
}
