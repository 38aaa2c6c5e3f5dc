import { randomUUID } from 'node:crypto'

/** The PostgreSQL channel on which every process announces its committed writes (`NOTIFY`). */
export const CHANGES_CHANNEL = 'den_aktive_borger_changes'

type State = {
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

export const setListening = (listening: boolean): void => {
  state().listening = listening
  // Announcements may have been missed while not listening, or about to be.
  changed()
}

export const processId = (): string => state().processId
