import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { type ServerProcess, spawnServer } from '../helpers/serverProcess'
import { tempDir } from '../helpers/tempDir'
import { SERVER_STARTS_TIMEOUT_MS, startApp, type TestApp } from '../helpers/testApp'
import { PASSWORD } from '../helpers/users'
import { waitFor } from '../helpers/waitFor'

/** The server as a fresh clone runs it: no DATABASE_URI, no PAYLOAD_SECRET, its own data folder. */
const embeddedEnv = (dataDir: string) => ({
  DATA_DIR: dataDir,
  DATABASE_URI: '',
  PAYLOAD_SECRET: '',
})

const cleanups: Array<() => Promise<unknown>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup()
  }
})

const readyz = async (url: string) => (await fetch(new URL('/readyz', url))).status

describe('embedded PostgreSQL', { timeout: SERVER_STARTS_TIMEOUT_MS }, () => {
  it('keeps data across a restart on the same data folder and stops cleanly on SIGTERM', async () => {
    const data = await tempDir('dab-restart')
    cleanups.push(data.remove)

    let server = await spawnServer(embeddedEnv(data.dir))
    cleanups.push(() => server.stop('SIGKILL'))
    const registered = await fetch(new URL('/api/users/first-register', server.url), {
      body: JSON.stringify({ email: 'first@example.dk', password: PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(registered.status).toBe(200)
    const { token } = (await registered.json()) as { token: string }

    expect(await server.stop('SIGTERM')).toBe(0)
    expect(server.output()).toContain('Stopped')
    // postgres removes its pid file only when it has shut down cleanly.
    expect(existsSync(path.join(data.dir, 'postgres', 'postmaster.pid'))).toBe(false)

    server = await spawnServer(embeddedEnv(data.dir))
    // The generated secret was kept too: the token from before the restart is still valid.
    const me = await fetch(new URL('/api/users/me', server.url), {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('first@example.dk')
  })

  it('runs two copies side by side with their own data folders and ports', async () => {
    const folders = await Promise.all([tempDir('dab-side-a'), tempDir('dab-side-b')])
    cleanups.push(...folders.map((folder) => folder.remove))
    const servers = await Promise.all(folders.map((folder) => spawnServer(embeddedEnv(folder.dir))))
    cleanups.push(...servers.map((server) => () => server.stop()))

    const postgresPorts = servers.map(
      (server) => /listening on 127\.0\.0\.1:(\d+)/.exec(server.output())?.[1],
    )
    expect(postgresPorts[0]).toBeTruthy()
    expect(postgresPorts[0]).not.toBe(postgresPorts[1])
    expect(await Promise.all(servers.map((server) => readyz(server.url)))).toEqual([200, 200])
  })
})

describe('readiness follows the database', () => {
  let app: TestApp | undefined
  afterEach(() => app?.stop())

  it('answers 503 while PostgreSQL is down and recovers by itself when it returns', async () => {
    const data = await tempDir('dab-db-restart')
    cleanups.push(data.remove)
    const dir = path.join(data.dir, 'postgres')
    let cluster = await startEmbeddedPostgres({ dir, log: () => {} })
    cleanups.push(() => cluster.stop())
    app = await startApp({ databaseUri: cluster.uri('app') })
    expect(await readyz(app.url())).toBe(200)

    await cluster.stop()
    expect(await readyz(app.url())).toBe(503)
    const during = await app.api('/api/users/init')
    expect(during.status).toBeGreaterThanOrEqual(500)

    cluster = await startEmbeddedPostgres({ dir, log: () => {}, port: cluster.port })
    await waitFor('/readyz to answer 200', async () => (await readyz(app!.url())) === 200)
    expect((await app.api('/api/users/init')).status).toBe(200)
  })
})

describe('start-up errors', () => {
  const withoutStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at /m)

  it('explains a port in use in one paragraph', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)))
    const { port } = blocker.address() as net.AddressInfo

    const failure = await startApp({ env: { PORT: String(port) } }).then(
      () => new Error('started although the port was taken'),
      (error: Error) => error,
    )
    expect(failure.message).toContain(`Port ${port} on 127.0.0.1 is already in use`)
    expect(failure.message).toContain(`PORT=${port + 1}`)
    withoutStackTrace(failure.message)
  })

  it('requires PAYLOAD_SECRET in production against an external database', async () => {
    const failure = await startApp({ env: { PAYLOAD_SECRET: '' } }).then(
      () => new Error('started without a secret'),
      (error: Error) => error,
    )
    expect(failure.message).toContain('PAYLOAD_SECRET is not set')
    withoutStackTrace(failure.message)
  })

  it('refuses a data folder from another PostgreSQL major version', async () => {
    const data = await tempDir('dab-old-version')
    cleanups.push(data.remove)
    const { mkdir, writeFile } = await import('node:fs/promises')
    await mkdir(path.join(data.dir, 'postgres'))
    await writeFile(path.join(data.dir, 'postgres', 'PG_VERSION'), '14\n')

    const failure = await spawnServer(embeddedEnv(data.dir)).then(
      (server: ServerProcess) => (server.stop(), new Error('started on a foreign data folder')),
      (error: Error) => error,
    )
    expect(failure.message).toContain('made by another major version of PostgreSQL')
    withoutStackTrace(failure.message)
  })
})
