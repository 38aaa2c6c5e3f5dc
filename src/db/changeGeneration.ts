import { randomUUID } from 'node:crypto'

/** The PostgreSQL channel on which every process announces its committed writes (`NOTIFY`). */
export const CHANGES_CHANNEL = 'den_aktive_borger_changes'

type State = {
  /** A round trip on the `LISTEN` connection, while there is one (`listenForChanges`). */
  catchUp?: () => Promise<void>
  /** Bumped by every committed write seen by this process, its own or another's. */
  generation: number
  /** Whether this process hears other processes' writes now (its `LISTEN` connection is up). */
  listening: boolean
  /** Names this process in its announcements, so it does not count its own twice. */
  processId: string
}

/**
 * Kept on the global object: Next's route handlers (where Payload writes) and express (where
 * the response cache reads) may each load their own copy of this module.
 */
const STATE = Symbol.for('den-aktive-borger.changeGeneration')

const state = (): State =>
  ((globalThis as { [STATE]?: State })[STATE] ??= {
    generation: 0,
    listening: false,
    processId: randomUUID(),
  })

/** The current generation: an answer read in one generation is stale in any later one. */
export const changeGeneration = (): number => state().generation

/** A write has committed (here or on another process): every answer read before is stale. */
export const changed = (): void => {
  state().generation++
}

export const isListening = (): boolean => state().listening

/**
 * `catchUp`, while listening, resolves after a round trip on the `LISTEN` connection that began
 * after it was called (`caughtUp`).
 */
export const setListening = (listening: boolean, catchUp?: () => Promise<void>): void => {
  Object.assign(state(), { catchUp: listening ? catchUp : undefined, listening })
  // Announcements may have been missed while not listening, or about to be.
  changed()
}

/**
 * Resolves once this process has counted every write committed on any server before the call,
 * so that an answer it then reads or serves is at least as new as that write — across servers,
 * not only after the `NOTIFY` happens to arrive. PostgreSQL hands a listening session the
 * notifications of transactions committed before a query ahead of that query's answer, so one
 * round trip on the `LISTEN` connection begun after the call is enough. Resolves at once while
 * not listening: nothing is then served from the cache, and reads go to the primary.
 */
export const caughtUp = (): Promise<void> => state().catchUp?.() ?? Promise.resolve()

export const processId = (): string => state().processId
