import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach } from 'vitest'

import { startApp, type TestApp } from './testApp'
import { staffTokens } from './users'

export type FileContext = { admin: string; app: TestApp; editor: string; payload: Payload }

/** Settings for the file's server; a function for those known only once something else has started (a mail server's port). */
export type FileEnv = (() => Promise<Record<string, string>>) | Record<string, string>

/** The one start and stop of a test file's app: started before its tests with `env`, stopped after; `ready` runs once it is up. */
export const startedPerFile = (
  env: FileEnv,
  ready: (app: TestApp) => Promise<void>,
): (() => TestApp) => {
  let app: TestApp | undefined
  beforeAll(async () => {
    app = await startApp({ env: typeof env === 'function' ? await env() : env })
    await ready(app)
  })
  afterAll(() => app?.stop())
  return () => app!
}

/**
 * The usual test-file set-up: one app for the file (started before, stopped after), an admin
 * and an editor logged in, and the data emptied before each test (logins kept).
 * `use` receives the context once it is ready: assign what the tests need. `env` may be a
 * function, for settings known only once something else has started (a mail server's port).
 */
export const appPerFile = (
  use: (context: FileContext) => void,
  { env = {}, reset = true }: { env?: FileEnv; reset?: boolean } = {},
) => {
  const app = startedPerFile(env, async (started) =>
    use({ app: started, payload: await started.payload(), ...(await staffTokens(started)) }),
  )
  if (reset) {
    beforeEach(() => app().reset({ keep: ['users'] }))
  }
}
