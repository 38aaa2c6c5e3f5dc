import type { CollectionBeforeDeleteHook } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionDb } from '../../src/db/transactionDb'

/**
 * A webhook's deliveries go with it (they cannot outlive it: `webhook` is required). The
 * webhook's row is locked first: a delivery being written for it at this moment holds a key-share
 * lock on that row through its foreign key, so the delete waits for that write and then removes
 * its deliveries too, and deliveries written after it fail on the missing webhook (their job
 * then finds none to make) — instead of a 500 when a committed delivery was left behind.
 */
export const removeDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await (
    await transactionDb(req)
  )?.execute(sql`select id from webhooks where id = ${Number(id)} for update`)
  await req.payload.db.deleteMany({
    collection: 'webhook-deliveries',
    req,
    where: { webhook: { equals: id } },
  })
}
