import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../../src/runtime/settings'

export type ServerProcess = {
  child: ChildProcess
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<null | number>
  /** Everything the process wrote so far, stdout and stderr interleaved. */
  output: () => string
  /** Sends SIGTERM (or `signal`) and waits for the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<null | number>
  url: string
}

const READY = /listening on (http:\/\/\S+)/
const START_TIMEOUT_MS = 90_000

type ProcessArgs = {
  /** Node's arguments: the script and its own. */
  args: string[]
  env: Record<string, string>
  /** Matches the line that says it is ready; its first group is the URL. */
  ready: RegExp
}

/**
 * Runs `src/bin/start.ts` exactly as `npm start` does, on a free port, and resolves once it
 * logs that it listens with Payload initialised. Rejects with the output if it exits first.
 */
export const spawnServer = (env: Record<string, string>): Promise<ServerProcess> =>
  spawnProcess({
    args: ['--import', 'tsx', path.join('src', 'bin', 'start.ts')],
    env,
    ready: READY,
  })

/** A Node process in production mode from the project's root, resolved once it logs `ready`. */
export const spawnProcess = ({ args, env, ready }: ProcessArgs): Promise<ServerProcess> => {
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<null | number>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start within ${START_TIMEOUT_MS} ms:\n${output}`))
    }, START_TIMEOUT_MS)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = ready.exec(output)
      if (!match) {
        return
      }
      clearTimeout(timer)
      resolve({
        child,
        exited,
        output: () => output,
        stop: (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill(signal)
          }
          return exited
        },
        url: match[1],
      })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`))
    })
  })
}
