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
