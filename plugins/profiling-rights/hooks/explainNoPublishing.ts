import type { CollectionBeforeOperationHook } from 'payload'

import type { Label } from '../types'

import { partnerIdOf } from '../access/viewer'
import { refuse } from './refuse'

export const ONLY_EDITORS_PUBLISH: Label = {
  da: 'Kun redaktionen offentliggør. Gem som kladde, og send til redaktionen, når teksten er klar.',
  en: 'Only editors publish. Save your changes as a draft (draft=true) and submit them for review.',
}

/** A partner user asking to publish is told why not, before the access check refuses it without a word. */
export const explainNoPublishing: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const data = (args as { data?: { _status?: string } }).data
  if ((operation === 'create' || operation === 'update') && data?._status === 'published' && partnerIdOf(req.user) !== undefined) {
    refuse(req, ONLY_EDITORS_PUBLISH)
  }
  return args
}
