import pg from 'pg'

import { log } from '../runtime/log'
import { changed, CHANGES_CHANNEL, processId, setListening } from './changeGeneration'

/** How long to wait before listening again after the connection was lost. */
const RETRY_MS = 1_000

/**
 * Hears the writes other processes on the database commit (`announceChanges`) on a connection of
 * its own, kept outside the pool and reconnected when lost. While it is down nothing can be known
 * of other processes' writes: `isListening()` is false (the response cache then neither serves
 * nor keeps anything), and every (re)connection counts as a change, for what was missed.
 */
export const listenForChanges = (options: pg.ClientConfig): { stop: () => Promise<void> } => {
  let client: pg.Client | undefined
  let retry: NodeJS.Timeout | undefined
  let stopped = false

  const connect = async () => {
    const listener = new pg.Client(options)
    let lost = false
    const lose = (error?: Error) => {
      if (lost) {
        return
      }
      lost = true
      setListening(false)
      client = undefined
      listener.end().catch(() => undefined)
      if (!stopped) {
        log.warn(
          `Not hearing other servers' writes${error ? ` (${error.message})` : ''}: response cache off until reconnected`,
        )
        retry = setTimeout(connect, RETRY_MS)
        retry.unref()
      }
    }
    listener.on('notification', ({ payload }) => {
      if (payload !== processId()) {
        changed()
      }
    })
    listener.on('error', lose)
    listener.on('end', () => lose())
    try {
      await listener.connect()
      await listener.query(`LISTEN ${CHANGES_CHANNEL}`)
      client = listener
      setListening(true)
    } catch (error) {
      lose(error as Error)
    }
  }
  void connect()

  return {
    stop: async () => {
      stopped = true
      clearTimeout(retry)
      setListening(false)
      await client?.end()
    },
  }
}
