import { spawn } from 'node:child_process'
import { access, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { log } from '../runtime/log'
import { bundlePath, bundleServer } from './bundleServer'
import { sourceFingerprint } from './sourceFingerprint'

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

const runNextBuild = (root: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: 'inherit',
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    )
  })

/**
 * Builds for production — Next (`.next`) and the server and worker processes (`bundleServer`) —
 * unless both hold a build of exactly these sources, so `npm start` works on a fresh clone and
 * stays fast on every start after.
 */
export const ensureBuild = async (root: string, { force = false } = {}): Promise<void> => {
  const stamp = path.join(root, '.next', 'source-fingerprint')
  const [wanted, built, bundled] = await Promise.all([
    sourceFingerprint(root),
    readFile(stamp, 'utf8').catch(() => undefined),
    access(bundlePath(root, 'serve')).then(
      () => true,
      () => false,
    ),
  ])
  if (!force && built === wanted && bundled) {
    return
  }
  log.info(
    built
      ? 'Sources changed since the last build: building for production'
      : 'No production build yet: building (about two minutes)',
  )
  const started = Date.now()
  await runNextBuild(root)
  await bundleServer(root)
  // Fingerprint afterwards: next build may touch tsconfig.json and next-env.d.ts.
  await writeFile(stamp, await sourceFingerprint(root))
  log.info(`Built in ${Math.round((Date.now() - started) / 1000)} s`)
}
