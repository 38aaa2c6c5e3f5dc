import type { CollectionBeforeReadHook } from 'payload'

import { flattenTopLevelFields } from 'payload'

/**
 * Reading with `locale=all`, Payload 3.90.1 answers 500 when read access hides a localized field
 * that has afterRead hooks (rich text always has its editor's): it plans to run the hooks once per
 * locale, then the access check removes the value, then it iterates the removed value. Applying
 * those fields' read access first, exactly as Payload would, leaves nothing to iterate.
 */
export const localeAllFieldAccess: CollectionBeforeReadHook = async ({
  collection,
  doc,
  overrideAccess,
  req,
}) => {
  if (req.locale !== 'all' || overrideAccess) {
    return doc
  }
  for (const field of flattenTopLevelFields(collection.fields)) {
    if (!('name' in field) || !('localized' in field) || !field.localized || !field.access?.read) {
      continue
    }
    const allowed = await field.access.read({ id: doc.id, data: doc, doc, req, siblingData: doc })
    if (!allowed) {
      delete doc[field.name]
    }
  }
  return doc
}
