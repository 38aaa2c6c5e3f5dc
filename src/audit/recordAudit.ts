import type { Payload, PayloadRequest } from 'payload'

import type { Change } from './changedFields'

import { clientAddress, doorOf } from './door'

export type AuditEntry = {
  action: 'create' | 'delete' | 'draft' | 'loginFailed' | 'publish' | 'unpublish' | 'update'
  changes?: Change[]
  collection: string
  documentId?: null | number | string
  summary: string
}

/**
 * Appends one entry for `req`'s change, in `req`'s transaction: it exists exactly when the
 * change commits. Who, door and address are taken from the request (and the running job).
 */
export const recordAudit = async (
  payload: Payload,
  req: PayloadRequest,
  entry: AuditEntry,
): Promise<void> => {
  const user = req.user as { collection?: string; email?: string; id: number } | null
  const { door, job } = doorOf(req)
  await payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      actor: user?.email ?? 'System',
      clientAddress: clientAddress(req),
      documentId:
        entry.documentId === undefined || entry.documentId === null
          ? null
          : String(entry.documentId),
      door,
      job: job ?? null,
      user: user?.collection === 'users' ? user.id : null,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
