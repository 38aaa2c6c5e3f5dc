import type { Config, Payload } from 'payload'

import { Forbidden } from 'payload'

import { isStaff } from '../access/roles'

type ScheduleInput = { user?: { relationTo?: string; value?: number | string } | null }

/**
 * Scheduling a publish or unpublish is for staff: Payload's admin queues the `schedulePublish`
 * job in the scheduling user's name without asking whether that user may publish. A partner's
 * attempt is refused with 403 (Forbidden) before anything is queued.
 */
const guardScheduling = (payload: Payload) => {
  const queue = payload.jobs.queue.bind(payload.jobs)
  payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
    const input = (args as { input?: ScheduleInput }).input
    if ('task' in args && args.task === 'schedulePublish' && input?.user?.value !== undefined) {
      const user = await payload.findByID({
        id: input.user.value,
        collection: 'users',
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
      })
      if (!isStaff(user)) {
        throw new Forbidden()
      }
    }
    return queue(args)
  }) as typeof queue
}

/** Adds the guard when Payload starts (the job API exists per instance). */
export const scheduleAccess = (config: Config): Config => ({
  ...config,
  onInit: async (payload) => {
    guardScheduling(payload)
    await config.onInit?.(payload)
  },
})
