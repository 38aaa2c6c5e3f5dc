import type { PayloadRequest } from 'payload'

import { idOf } from '../utilities/idOf'

const emailsOf = async (req: PayloadRequest, where: Record<string, unknown>): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: 200,
    pagination: false,
    req,
    select: { email: true },
    where: where as never,
  })
  return docs.map((user) => user.email)
}

/** Who hears of new submissions: the editors (the administrators when there are none). */
export const editorEmails = async (req: PayloadRequest): Promise<string[]> => {
  const editors = await emailsOf(req, { roles: { in: ['editor'] } })
  return editors.length ? editors : emailsOf(req, { roles: { in: ['admin'] } })
}

/** Who hears of a decision: whoever submitted it, else every user of the owning partner. */
export const partnerEmails = async (req: PayloadRequest, doc: { partner?: unknown; submittedBy?: unknown }): Promise<string[]> => {
  const submitter = idOf(doc.submittedBy)
  if (submitter) return emailsOf(req, { id: { equals: submitter } })
  const partner = idOf(doc.partner)
  return partner ? emailsOf(req, { partner: { equals: partner } }) : []
}
