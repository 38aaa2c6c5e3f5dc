import type { CollectionConfig, PayloadRequest, Plugin } from 'payload'

import { isStaff } from '../access/roles'
import { previewTemplate, previewURL } from '../runtime/previewURL'
import { publicDocuments } from '../site/sitePaths'

type Doc = { id?: number | string; slug?: null | string }

/**
 * Only staff get the URL: it may carry the frontend's preview secret, and partner users
 * editing their own drafts must not learn it. An unsaved document has no page yet.
 */
const documentPreview = (
  template: string,
  collection: string,
  doc: Doc,
  locale: string,
  req: PayloadRequest,
) =>
  isStaff(req.user) && doc.id !== undefined && doc.slug
    ? previewURL(template, { id: doc.id, slug: doc.slug, collection, locale })
    : null

const withPreviewButton =
  (template: string) =>
  (collection: CollectionConfig): CollectionConfig =>
    (publicDocuments as readonly string[]).includes(collection.slug)
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            preview: (doc, { locale, req }) =>
              documentPreview(template, collection.slug, doc as Doc, locale, req),
          },
        }
      : collection

/**
 * Live preview (the admin's side-by-side iframe) and the Preview button for the public
 * documents, on the frontend page PREVIEW_URL names; off when PREVIEW_URL is unset.
 * The frontend follows @payloadcms/live-preview: it reads drafts with a preview API key and
 * refreshes on the admin's `payload-live-preview` / `payload-document-event` messages.
 */
export const livePreview =
  (template = previewTemplate()): Plugin =>
  (config) =>
    template
      ? {
          ...config,
          admin: {
            ...config.admin,
            livePreview: {
              breakpoints: [
                { name: 'mobile', height: 667, label: 'Mobil / Mobile', width: 375 },
                { name: 'tablet', height: 1024, label: 'Tablet', width: 768 },
                { name: 'desktop', height: 900, label: 'Desktop', width: 1440 },
              ],
              collections: [...publicDocuments],
              url: ({ collectionConfig, data, locale, req }) =>
                collectionConfig
                  ? documentPreview(template, collectionConfig.slug, data, locale.code, req)
                  : null,
            },
          },
          collections: (config.collections ?? []).map(withPreviewButton(template)),
        }
      : config
