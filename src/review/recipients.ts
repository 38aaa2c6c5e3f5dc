import type { PayloadRequest } from 'payload'

import { extractID } from 'payload/shared'

/** A relationship's value: the id, or the document when populated. */
type Relation = { id: number } | number

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
export const partnerEmails = async (
  req: PayloadRequest,
  doc: { partner?: null | Relation; submittedBy?: null | Relation },
): Promise<string[]> => {
  if (doc.submittedBy) {
    return emailsOf(req, { id: { equals: extractID(doc.submittedBy) } })
  }
  return doc.partner ? emailsOf(req, { partner: { equals: extractID(doc.partner) } }) : []
}
