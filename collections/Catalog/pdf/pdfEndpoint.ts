import type { Endpoint, PayloadRequest } from 'payload'

import fresh from 'fresh'

import type { CustomTranslationKey } from '../../../src/i18n/translations'

import { isPreview, isStaff } from '../../../src/access/roles'
import { catalogueDocument } from '../../../src/publication/catalogueDocument'
import { catalogueWords } from '../../../src/publication/catalogueWords'
import { contentTag } from '../../../src/publication/contentTag'
import { logoImages } from '../../../src/publication/logoImages'
import { renderPdf } from '../../../src/publication/renderPdf'
import { loadCatalogue } from './loadCatalogue'

const refuse = (req: PayloadRequest, key: CustomTranslationKey, status: number) =>
  Response.json({ errors: [{ message: req.t(key as never) }] }, { status })

/**
 * GET /api/globals/catalog/pdf — the published catalogue as a print-ready A4 PDF (`?locale=en` in
 * English). `?draft=true` prints the latest draft, for staff and preview keys only. The ETag is
 * the printed content's, worked out before anything is drawn, so `If-None-Match` gets 304 without
 * rendering. Caching itself (public or `private, no-store`) is the express host's (httpCaching).
 */
export const pdfEndpoint: Endpoint = {
  handler: async (req) => {
    const draft = req.query?.draft === 'true'
    if (draft && !isStaff(req.user) && !isPreview(req.user)) {
      return refuse(req, 'custom:catalogueDraftRefused', req.user ? 403 : 401)
    }
    const content = await loadCatalogue(req, draft)
    if (!content) {
      return refuse(req, 'custom:catalogueNotPublished', 404)
    }
    const tag = contentTag(content)
    if (fresh({ 'if-none-match': req.headers.get('if-none-match') ?? undefined }, { etag: tag })) {
      return new Response(null, { headers: { ETag: tag }, status: 304 })
    }
    const words = catalogueWords(content.locale)
    const logos = await logoImages(req, content.forewordSignatories)
    const pdf = await renderPdf(catalogueDocument(content, logos))
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Disposition': `attachment; filename="${draft ? words.draftFilename : words.filename}.pdf"`,
        'Content-Language': content.locale,
        'Content-Type': 'application/pdf',
        ETag: tag,
      },
    })
  },
  method: 'get',
  path: '/pdf',
}
