import type { Access, CollectionBeforeOperationHook, Where } from 'payload'

import { isStaff } from '../../src/access/roles'
import { t } from '../../src/admin/label'
import { forbidden } from '../../src/errors/forbidden'

/** Authors may correct their comment for a quarter of an hour; after that it stands as written. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000

const windowStart = () => new Date(Date.now() - EDIT_WINDOW_MS).toISOString()

/** Staff edit (and hide) any comment; authors their own, within the window. */
export const staffOrRecentAuthor: Access = ({ req: { user } }) => {
  if (isStaff(user)) {
    return true
  }
  if (!user) {
    return false
  }
  const own: Where = { author: { equals: user.id } }
  const recent: Where = { createdAt: { greater_than: windowStart() } }
  return { and: [own, recent] }
}

/** Says why an author's edit is refused (someone else's comment, or the window has passed). */
export const explainEditWindow: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || !req.user || isStaff(req.user) || id === undefined) {
    return args
  }
  const comment = await req.payload.findByID({
    id,
    collection: 'comments',
    depth: 0,
    disableErrors: true,
    req,
    select: { author: true, createdAt: true },
  })
  if (!comment) {
    return args
  }
  if (comment.author !== req.user.id) {
    forbidden(req, t('Du kan kun rette dine egne indlæg.', 'You can edit only your own comments.'))
  }
  if (comment.createdAt <= windowStart()) {
    const minutes = EDIT_WINDOW_MS / 60_000
    forbidden(
      req,
      t(
        `Et indlæg kan rettes i ${minutes} minutter, efter det er skrevet; dette er ældre. Skriv et nyt indlæg, eller bed redaktionen om hjælp.`,
        `Comments can be edited for ${minutes} minutes after they are written; this one is older.`,
      ),
    )
  }
  return args
}
