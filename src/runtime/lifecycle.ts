import { log } from './log'
import { StartupError } from './StartupError'

export type Lifecycle = {
  /** A start that failed: the reason in one paragraph, what was started undone, exit 1. */
  failed: (error: unknown) => Promise<never>
  /** Something to undo at the end (close a server, a pool, the database); undone last-first. */
  onStop: (step: () => Promise<void>) => void
  /** SIGTERM and SIGINT undo everything and exit 0 (a second signal exits at once); `stopping` is logged first. */
  stopOnSignals: (stopping: string) => void
}

/** Start and stop of a long-running process (the server, the job worker): one shape for both. */
export const lifecycle = (): Lifecycle => {
  const steps: Array<() => Promise<void>> = []
  const undo = async () => {
    for (const step of steps.splice(0).reverse()) {
      await step().catch((error) => log.error(String(error)))
    }
  }
  return {
    failed: async (error) => {
      log.error(
        error instanceof StartupError ? error.message : ((error as Error).stack ?? String(error)),
      )
      await undo()
      process.exit(1)
    },
    onStop: (step) => {
      steps.push(step)
    },
    stopOnSignals: (stopping) => {
      const stop = async (signal: NodeJS.Signals) => {
        log.info(`${signal}: ${stopping}`)
        process.once(signal, () => process.exit(1))
        await undo()
        log.info('Stopped')
        process.exit(0)
      }
      process.once('SIGTERM', () => void stop('SIGTERM'))
      process.once('SIGINT', () => void stop('SIGINT'))
    },
  }
}
