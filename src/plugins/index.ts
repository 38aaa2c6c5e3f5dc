import type { Plugin } from 'payload'

import { profilingRights } from '../../plugins/profiling-rights'
import { auditTrail } from '../audit/auditTrail'
import { scheduleAccess } from '../jobs/scheduleAccess'
import { objectStorage } from '../uploads/objectStorage'
import { maxUploadPixels } from '../uploads/uploadDir'
import { webhookEvents } from '../webhooks/webhookEvents'
import { danishDates } from './danishDates'
import { inputChecks } from './inputChecks'
import { livePreview } from './livePreview'
import { localeAll } from './localeAll'
import { previewKeys } from './previewKeys'
import { rightsOptions } from './rightsOptions'
import { search } from './search'
import { seo } from './seo'
import { statusNeverEmpty } from './statusNeverEmpty'
import { uploadSafety } from './uploadSafety'

/**
 * Every plugin of the project, in the order they apply. Order matters: a plugin sees the
 * collections the ones before it added, so the guards that must cover every collection (the
 * plugins' too) come after all that add collections. Payload's own collections (locks,
 * preferences, jobs) are added after the plugins; what covers them is applied to the sanitized
 * config in payload.config.ts.
 */
export const plugins: Plugin[] = [
  profilingRights(rightsOptions),
  seo,
  search,
  // Upload files in an S3 bucket when S3_BUCKET is set (README: Object storage); before the guards
  // below, so they cover the storage fields it adds too.
  objectStorage(),
  // PREVIEW_URL (README: Configuration); off when unset.
  livePreview(),
  // Preview API keys may write nothing, in any collection a plugin added either.
  previewKeys(),
  // `locale=all`, Danish dates and a status that is never empty in every collection.
  localeAll,
  danishDates,
  statusNeverEmpty,
  // Unknown fields and wrongly typed values refused in every collection.
  inputChecks,
  // Empty and oversized images refused in every upload collection.
  uploadSafety({ maxPixels: maxUploadPixels }),
  // Public changes told to webhooks; every change written to the audit log; scheduling for staff only.
  webhookEvents,
  auditTrail,
  scheduleAccess,
]
