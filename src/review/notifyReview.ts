import type { CollectionAfterChangeHook } from 'payload'

import type { Case, Post } from '../../payload-types'

import { queueEmail } from '../email/queueEmail'
import { storedDocument } from '../hooks/storedDocument'
import { adminURL } from '../runtime/publicUrls'
import { partnerName } from '../utilities/partnerName'
import { editorEmails, partnerEmails } from './recipients'

/** How a collection's documents are named in the review emails (Danish). */
export type ReviewNoun = { definite: string; indefinite: string }

/** The documents partners submit for review. */
type Reviewed = Case | Post

/**
 * Emails the editors when a partner submits, and the partner when the editors decide, through
 * the outbox (sent once the change commits, retried while the mail server is away).
 */
export const notifyReview =
  (noun: ReviewNoun): CollectionAfterChangeHook<Reviewed> =>
  async (args) => {
    const { collection, previousDoc, req } = args
    // What was stored, not what the request selected to get back.
    const doc = await storedDocument<Reviewed>(args)
    const { reviewStatus: now, title = '' } = doc
    const before = (previousDoc as Reviewed | undefined)?.reviewStatus
    if (now === before) {
      return args.doc
    }
    const link = adminURL(`/collections/${collection.slug}/${doc.id}`)
    if (now === 'submitted') {
      const from = (await partnerName(req, doc.partner)) ?? 'En partner'
      await queueEmail(req, {
        action: { label: `Åbn ${noun.definite}`, url: link },
        heading: `${from} har indsendt ${noun.indefinite}`,
        paragraphs: [
          `“${title}” venter på redaktionens gennemsyn: offentliggør, eller send tilbage med en besked.`,
        ],
        subject: `Til gennemsyn: ${title}`,
        to: await editorEmails(req),
      })
    } else if (now === 'returned') {
      await queueEmail(req, {
        action: { label: `Ret ${noun.definite}`, url: link },
        heading: `Redaktionen har sendt ${noun.definite} tilbage`,
        paragraphs: [`“${title}” er ikke offentliggjort endnu. Redaktionen skriver:`],
        quote: doc.reviewMessage ?? '',
        subject: `Sendt tilbage: ${title}`,
        to: await partnerEmails(req, doc),
      })
    } else if (now === 'published' && before === 'submitted') {
      await queueEmail(req, {
        action: { label: `Se ${noun.definite}`, url: link },
        heading: `${noun.definite[0].toUpperCase()}${noun.definite.slice(1)} er offentliggjort`,
        paragraphs: [`Redaktionen har offentliggjort “${title}”. Tak for bidraget.`],
        subject: `Offentliggjort: ${title}`,
        to: await partnerEmails(req, doc),
      })
    }
    return args.doc
  }
