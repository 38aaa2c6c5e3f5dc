import type { CollectionConfig } from 'payload'

import { knownFields } from '../src/hooks/knownFields'
import { strictTypes } from '../src/hooks/strictTypes'
import { AuditLog } from './AuditLog'
import { Cases } from './Cases'
import { Comments } from './Comments'
import { Dilemmas } from './Dilemmas'
import { Invitations } from './Invitations'
import { Logos } from './Logos'
import { Media } from './Media'
import { Models } from './Models'
import { Newsletters } from './Newsletters'
import { PanelSurveys } from './PanelSurveys'
import { Partners } from './Partners'
import { Posts } from './Posts'
import { Principles } from './Principles'
import { Themes } from './Themes'
import { Users } from './Users'
import { WebhookDeliveries } from './WebhookDeliveries'
import { Webhooks } from './Webhooks'

export { Catalog } from './Catalog'
export { Users } from './Users'

/** In the order the admin navigation lists them within their groups. */
const ordered = [
  Models,
  Cases,
  Dilemmas,
  Themes,
  Principles,
  Newsletters,
  Media,
  Partners,
  Invitations,
  Logos,
  PanelSurveys,
  Posts,
  Comments,
  Users,
  Webhooks,
  WebhookDeliveries,
  AuditLog,
]

/**
 * Every collection refuses non-numeric input to number fields and non-text input to text fields instead of storing null or JSON, and fields
 * it does not have (queries are judged for every collection: src/query/querySafety.ts).
 */
export const collections: CollectionConfig[] = ordered.map((collection) => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), strictTypes, knownFields],
  },
}))
