import type { CollectionConfig } from 'payload'

import { AuditLog } from './AuditLog'
import { Cases } from './Cases'
import { Comments } from './Comments'
import { Dilemmas } from './Dilemmas'
import { Endorsements } from './Endorsements'
import { Invitations } from './Invitations'
import { Logos } from './Logos'
import { Media } from './Media'
import { MeetingMaterials } from './MeetingMaterials'
import { MeetingRegistrations } from './MeetingRegistrations'
import { Meetings } from './Meetings'
import { Models } from './Models'
import { Newsletters } from './Newsletters'
import { PanelSurveys } from './PanelSurveys'
import { Partners } from './Partners'
import { Posts } from './Posts'
import { Principles } from './Principles'
import { Proposals } from './Proposals'
import { ProposalSupports } from './ProposalSupports'
import { Recommendations } from './Recommendations'
import { Themes } from './Themes'
import { Users } from './Users'
import { WebhookDeliveries } from './WebhookDeliveries'
import { Webhooks } from './Webhooks'

export { Catalog } from './Catalog'
export { Users } from './Users'

/** In the order the admin navigation lists them within their groups. */
export const collections: CollectionConfig[] = [
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
  Meetings,
  MeetingRegistrations,
  MeetingMaterials,
  Posts,
  Comments,
  Proposals,
  ProposalSupports,
  Recommendations,
  Endorsements,
  Users,
  Webhooks,
  WebhookDeliveries,
  AuditLog,
]
