import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach } from 'vitest'

import { startApp, type TestApp } from './testApp'
import { staffTokens } from './users'

export type FileContext = { admin: string; app: TestApp; editor: string; payload: Payload }

/**
 * The usual test-file set-up: one app for the file (started before, stopped after), an admin
 * and an editor logged in, and the data emptied before each test (logins kept).
 * `use` receives the context once it is ready: assign what the tests need. `env` may be a
 * function, for settings known only once something else has started (a mail server's port).
 */
export const appPerFile = (
  use: (context: FileContext) => void,
  {
    env = {},
    reset = true,
  }: { env?: (() => Promise<Record<string, string>>) | Record<string, string>; reset?: boolean } = {},
) => {
  let app: TestApp | undefined
  beforeAll(async () => {
    app = await startApp({ env: typeof env === 'function' ? await env() : env })
    use({ app, payload: await app.payload(), ...(await staffTokens(app)) })
  })
  afterAll(() => app?.stop())
  if (reset) beforeEach(() => app!.reset({ keep: ['users'] }))
}
