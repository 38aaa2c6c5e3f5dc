import type { Endpoint } from 'payload'

import { serverURL, siteURL } from '../../src/runtime/publicUrls'
import { type NewsletterForEmail, renderNewsletterHtml } from './renderNewsletterHtml'

/**
 * GET /api/newsletters/:id/html — a published issue as email-ready HTML, for any mail tool.
 * `?draft=true` renders the latest draft for those who may read drafts (the admin's Preview);
 * everyone else gets the published issue. Reads through the caller's access, so the mentioned
 * partners show only what their tiers allow (logos, links), as in any public read.
 */
export const htmlEndpoint: Endpoint = {
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    const locale = req.locale ?? 'da'
    const draft = req.query?.draft === 'true'
    const { docs } = Number.isInteger(id)
      ? await req.payload.find({
          collection: 'newsletters',
          // Mentions → partner → logo.
          depth: 2,
          draft,
          limit: 1,
          locale,
          overrideAccess: false,
          req,
          where: draft
            ? { id: { equals: id } }
            : { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
        })
      : { docs: [] }
    if (!docs.length) {
      return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
    }
    const html = renderNewsletterHtml(
      docs[0] as unknown as NewsletterForEmail,
      { server: serverURL(), site: siteURL() },
      locale,
    )
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
  },
  method: 'get',
  path: '/:id/html',
}
