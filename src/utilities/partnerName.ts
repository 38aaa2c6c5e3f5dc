import type { PayloadRequest } from 'payload'

import { idOf } from './idOf'

/** A partner's name for emails, from a populated relationship or by looking the id up. */
export const partnerName = async (req: PayloadRequest, partner: unknown): Promise<string | undefined> => {
  if (partner && typeof partner === 'object' && 'name' in partner) return String(partner.name)
  const id = idOf(partner) as number | string | undefined
  if (!id) return undefined
  const doc = await req.payload.findByID({ collection: 'partners', depth: 0, disableErrors: true, id, req, select: { name: true } })
  return doc?.name
}
