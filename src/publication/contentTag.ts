import { createHash } from 'node:crypto'

import type { CatalogueContent } from './catalogueContent'

/** Raised when the layout changes, so a cached copy of an older print is not kept. */
const LAYOUT_VERSION = 1

/**
 * A weak ETag of everything the print shows (the catalogue, its models and cases, principles,
 * dilemmas, the partners and their logos as the reader sees them — so a partner's new tier changes
 * it), in its language and state. Weak: the same content gives the same pages, not the same bytes.
 */
export const contentTag = (content: CatalogueContent): string =>
  `W/"catalog-pdf-${createHash('sha256')
    .update(JSON.stringify([LAYOUT_VERSION, content]))
    .digest('base64url')
    .slice(0, 32)}"`
