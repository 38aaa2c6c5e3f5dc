import pg from 'pg'

import { log } from '../runtime/log'
import { changed, CHANGES_CHANNEL, processId, setListening } from './changeGeneration'

/** How long to wait before listening again after the connection was lost. */
const RETRY_MS = 1_000

/**
 * How often the connection is asked whether it still answers, and how long it may take: a
 * connection that died without a word (a network cut) would otherwise seem to listen for hours.
 */
const HEARTBEAT_MS = 5_000
const HEARTBEAT_TIMEOUT_MS = 2_000

/** How the connection is named in `pg_stat_activity`. */
export const LISTENER_NAME = 'den-aktive-borger changes'

/**
 * Hears the writes other processes on the database commit (`announceChanges`) on a connection of
 * its own, kept outside the pool, checked every few seconds and reconnected when lost. While it is down nothing can be known
 * of other processes' writes: `isListening()` is false (the response cache then neither serves
 * nor keeps anything, and reads go to the primary only: `replicaFence`), and every (re)connection counts as a change, for what was missed.
 */
export const listenForChanges = (options: pg.ClientConfig): { stop: () => Promise<void> } => {
  let client: pg.Client | undefined
  let retry: NodeJS.Timeout | undefined
  let stopped = false

  const connect = async () => {
    const listener = new pg.Client({
      ...options,
      application_name: LISTENER_NAME,
      query_timeout: HEARTBEAT_TIMEOUT_MS,
    })
    let lost = false
    let heartbeat: NodeJS.Timeout | undefined
    const lose = (error?: Error) => {
      if (lost) {
        return
      }
      lost = true
      clearInterval(heartbeat)
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
      heartbeat = setInterval(() => {
        listener.query('select 1').catch(lose)
      }, HEARTBEAT_MS)
      heartbeat.unref()
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
