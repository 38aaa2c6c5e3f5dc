import type { PayloadRequest } from 'payload'

import { extractID } from 'payload/shared'

/** A partner's name for emails, from a populated relationship or by looking the id up. */
export const partnerName = async (
  req: PayloadRequest,
  partner: unknown,
): Promise<string | undefined> => {
  if (partner && typeof partner === 'object' && 'name' in partner) {
    return String(partner.name)
  }
  if (!partner) {
    return undefined
  }
  const id = extractID(partner as { id: number } | number)
  const doc = await req.payload.findByID({
    id,
    collection: 'partners',
    depth: 0,
    disableErrors: true,
    req,
    select: { name: true },
  })
  return doc?.name
}
