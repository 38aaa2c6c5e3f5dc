import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { renderEmail } from '../email/renderEmail'
import { storedDocument } from '../hooks/storedDocument'
import { adminURL } from '../runtime/publicUrls'
import { partnerName } from '../utilities/partnerName'
import { editorEmails, partnerEmails } from './recipients'
import type { ReviewStatus } from './reviewStatus'

/** How a collection's documents are named in the review emails (Danish). */
export type ReviewNoun = { definite: string; indefinite: string }

type Reviewed = { id: number | string; partner?: unknown; reviewMessage?: null | string; reviewStatus?: ReviewStatus; title?: string }

const send = async (req: PayloadRequest, to: string[], subject: string, content: Parameters<typeof renderEmail>[0]) => {
  if (!to.length) return
  await req.payload.sendEmail({ subject, to, ...renderEmail(content) })
}

/**
 * Emails the editors when a partner submits, and the partner when the editors decide. A
 * failed notification is logged but does not undo the change: the review trail is on the
 * document, and the list of submissions is in the admin.
 */
export const notifyReview =
  (noun: ReviewNoun): CollectionAfterChangeHook =>
  async (args) => {
    const { collection, previousDoc, req } = args
    // What was stored, not what the request selected to get back.
    const doc = (await storedDocument(args)) as Reviewed
    const { reviewStatus: now, title = '' } = doc
    const before = (previousDoc as Reviewed | undefined)?.reviewStatus
    if (now === before) return args.doc
    const link = adminURL(`/collections/${collection.slug}/${doc.id}`)
    try {
      if (now === 'submitted') {
        const from = (await partnerName(req, doc.partner)) ?? 'En partner'
        await send(req, await editorEmails(req), `Til gennemsyn: ${title}`, {
          action: { label: `Åbn ${noun.definite}`, url: link },
          heading: `${from} har indsendt ${noun.indefinite}`,
          paragraphs: [`“${title}” venter på redaktionens gennemsyn: offentliggør, eller send tilbage med en besked.`],
        })
      } else if (now === 'returned') {
        await send(req, await partnerEmails(req, doc), `Sendt tilbage: ${title}`, {
          action: { label: `Ret ${noun.definite}`, url: link },
          heading: `Redaktionen har sendt ${noun.definite} tilbage`,
          paragraphs: [`“${title}” er ikke offentliggjort endnu. Redaktionen skriver:`],
          quote: doc.reviewMessage ?? '',
        })
      } else if (now === 'published' && before === 'submitted') {
        await send(req, await partnerEmails(req, doc), `Offentliggjort: ${title}`, {
          action: { label: `Se ${noun.definite}`, url: link },
          heading: `${noun.definite[0].toUpperCase()}${noun.definite.slice(1)} er offentliggjort`,
          paragraphs: [`Redaktionen har offentliggjort “${title}”. Tak for bidraget.`],
        })
      }
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `review email for ${collection.slug} ${doc.id} (${now}) failed` })
    }
    return args.doc
  }
