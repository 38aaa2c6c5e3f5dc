import type { BaseDatabaseAdapter, PayloadRequest, SanitizedConfig } from 'payload'

type Callbacks = {
  committed: Array<() => Promise<void> | void>
  rolledBack: Array<() => Promise<void> | void>
}

/** Kept on the adapter: one per server, whichever copy of this module registered a callback. */
const PENDING = Symbol.for('den-aktive-borger.transactionEnd')

type WithPending = { [PENDING]?: Map<number | string, Callbacks> } & BaseDatabaseAdapter

const run = async (req: Pick<PayloadRequest, 'payload'>, callbacks: Callbacks['committed']) => {
  for (const callback of callbacks) {
    try {
      await callback()
    } catch (error) {
      req.payload.logger.error({
        err: error,
        msg: 'A callback after the end of a transaction failed',
      })
    }
  }
}

/**
 * Runs `committed` once the request's transaction has committed, or `rolledBack` once it has been
 * rolled back; with no transaction (the Local API with `disableTransaction`) the write is already
 * done when the caller's operation ends, and `committed` runs at once. A failing callback is
 * logged, never thrown: the write it follows has already ended.
 */
export const onTransactionEnd = async (
  req: PayloadRequest,
  { committed = [], rolledBack = [] }: Partial<Callbacks>,
): Promise<void> => {
  const id = req.transactionID ? await req.transactionID : undefined
  const pending = (req.payload.db as WithPending)[PENDING]
  if (id === undefined || !pending) {
    return run(req, committed)
  }
  const callbacks = pending.get(id) ?? { committed: [], rolledBack: [] }
  callbacks.committed.push(...committed)
  callbacks.rolledBack.push(...rolledBack)
  pending.set(id, callbacks)
}

/**
 * Lets code act after a transaction ends (`onTransactionEnd`): the database adapter's commit and
 * rollback are wrapped once it is created. Payload has no hook after commit. Applied to the
 * sanitized config: `buildConfig(...).then(withTransactionEnd)`.
 */
export const withTransactionEnd = (config: SanitizedConfig): SanitizedConfig => {
  const { init } = config.db
  config.db.init = (args) => {
    const adapter: WithPending = init(args)
    const pending = new Map<number | string, Callbacks>()
    adapter[PENDING] = pending
    const end = (method: 'commitTransaction' | 'rollbackTransaction', which: keyof Callbacks) => {
      const original = adapter[method].bind(adapter)
      adapter[method] = async (id) => {
        const resolved = await id
        await original(resolved)
        const callbacks = pending.get(resolved)
        pending.delete(resolved)
        if (callbacks) {
          await run({ payload: args.payload }, callbacks[which])
        }
      }
    }
    end('commitTransaction', 'committed')
    end('rollbackTransaction', 'rolledBack')
    return adapter
  }
  return config
}
