import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bundlePath } from '../../src/build/bundleServer'
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

/**
 * As `npm start` and `npm run worker` run: packages' production builds. Lexical's default Node entry
 * points choose theirs by top-level await, and on Node 20 about one start in twenty never finished
 * loading that graph (the process hung, or exited 13: an unsettled top-level await).
 */
const PRODUCTION_CONDITIONS = '--conditions=production'

const READY = /listening on (http:\/\/\S+)/
/** A bound for a hang: a start takes about 4 s alone and 10–30 s beside the other test files on 2 cores. */
const START_TIMEOUT_MS = 150_000
/** How long a stuck process gets to write its diagnostic report. */
const REPORT_TIMEOUT_MS = 10_000

/** The parts of Node's diagnostic report (https://nodejs.org/api/report.html) that say where a process waits. */
type DiagnosticReport = {
  javascriptStack?: { message?: string; stack?: string[] }
  libuv?: Array<{
    is_active?: boolean
    remoteEndpoint?: { host: string; port: number }
    type: string
  }>
  workers?: DiagnosticReport[]
}

/** libuv's own machinery, present in every process: not what anything waits on. */
const INTERNAL_HANDLES = new Set(['async', 'check', 'idle', 'loop', 'prepare', 'signal'])

const describeThread = (name: string, { javascriptStack, libuv = [] }: DiagnosticReport) => {
  const frames = javascriptStack?.stack?.filter((frame) => frame.startsWith('at ')) ?? []
  const handles = libuv
    .filter(({ type, is_active }) => is_active && !INTERNAL_HANDLES.has(type))
    .map(({ type, remoteEndpoint }) =>
      remoteEndpoint ? `${type} to ${remoteEndpoint.host}:${remoteEndpoint.port}` : type,
    )
  return [
    `${name}:`,
    ...(frames.length ? frames.slice(0, 20) : ['(no JavaScript running)']).map((f) => `    ${f}`),
    `  waiting on: ${handles.join(', ') || 'nothing'}`,
  ].join('\n')
}

/**
 * Where a process that does not get ready is stuck: asks it for Node's diagnostic report
 * (SIGUSR2, enabled by `--report-on-signal`) and summarises each thread's JavaScript stack and
 * what its event loop waits on. Resolves with a note instead if no report comes within the bound.
 */
const whereItWaits = async (child: ChildProcess, reportDir: string): Promise<string> => {
  child.kill('SIGUSR2')
  const deadline = Date.now() + REPORT_TIMEOUT_MS
  while (Date.now() < deadline) {
    const [file] = readdirSync(reportDir)
    if (file) {
      try {
        const report = JSON.parse(
          readFileSync(path.join(reportDir, file), 'utf8'),
        ) as DiagnosticReport
        return [
          describeThread('main thread', report),
          ...(report.workers ?? []).map((worker, i) => describeThread(`worker ${i + 1}`, worker)),
        ].join('\n')
      } catch {
        // Still being written.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return `no diagnostic report within ${REPORT_TIMEOUT_MS} ms`
}

type ProcessArgs = {
  /** Node's arguments: the script and its own. */
  args: string[]
  env: Record<string, string>
  /** Matches the line that says it is ready; its first group is the URL. */
  ready: RegExp
}

/**
 * Runs the server exactly as `npm start` does (its bundle, built by the test set-up), on a free
 * port, and resolves once it logs that it listens with Payload initialised. Rejects with the output if it exits first, and
 * with the output and where it waited (`whereItWaits`) if it is not ready within the bound.
 */
export const spawnServer = (env: Record<string, string>): Promise<ServerProcess> =>
  spawnProcess({
    args: [bundlePath(projectRoot, 'serve')],
    env,
    ready: READY,
  })

/** Runs the job worker exactly as `npm run worker` does, and resolves once it runs the queue. */
export const spawnWorker = (env: Record<string, string>): Promise<ServerProcess> =>
  spawnProcess({
    args: [bundlePath(projectRoot, 'worker')],
    env,
    ready: /(Job worker) running/,
  })

/** A Node process in production mode from the project's root, resolved once it logs `ready`. */
export const spawnProcess = ({ args, env, ready }: ProcessArgs): Promise<ServerProcess> => {
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'dab-report-'))
  const removeReports = () => rmSync(reportDir, { force: true, recursive: true })
  const child = spawn(
    process.execPath,
    [PRODUCTION_CONDITIONS, '--report-on-signal', `--report-directory=${reportDir}`, ...args],
    {
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
    },
  )
  let output = ''
  const exited = new Promise<null | number>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )

  return new Promise((resolve, reject) => {
    const timer = setTimeout(async () => {
      const stuck = await whereItWaits(child, reportDir)
      child.kill('SIGKILL')
      removeReports()
      reject(
        new Error(
          `server did not start within ${START_TIMEOUT_MS} ms:\n${output}\nWhere it waited:\n${stuck}`,
        ),
      )
    }, START_TIMEOUT_MS)
    let started = false
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      // Looked for until found only: matching the whole log on every chunk of a long run is
      // quadratic (it took two thirds of query-matrix's test process).
      const match = started ? null : ready.exec(output)
      if (!match) {
        return
      }
      started = true
      clearTimeout(timer)
      removeReports()
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
      removeReports()
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`))
    })
  })
}
