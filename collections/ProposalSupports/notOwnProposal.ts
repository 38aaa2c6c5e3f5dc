import type { CollectionBeforeChangeHook } from 'payload'

import { extractID } from 'payload/shared'

import type { ProposalSupport } from '../../payload-types'

import { partnerIdOf } from '../../plugins/profiling-rights'
import { t } from '../../src/admin/label'
import { conflict } from '../../src/errors/conflict'

/** A partner does not support its own proposal (making it was its say): 409 saying so. */
export const notOwnProposal: CollectionBeforeChangeHook<ProposalSupport> = async ({
  data,
  operation,
  req,
}) => {
  const partner = partnerIdOf(req.user) ?? (data.partner ? extractID(data.partner) : undefined)
  if (operation !== 'create' || !data.proposal || partner === undefined) {
    return data
  }
  const proposal = await req.payload.findByID({
    id: extractID(data.proposal),
    collection: 'proposals',
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    select: { partner: true },
  })
  if (proposal?.partner && String(extractID(proposal.partner)) === String(partner)) {
    conflict(
      req,
      t(
        'Det er jeres eget forslag: det har jeres støtte i forvejen. Støt gerne de andre partneres forslag.',
        'This is your own proposal: it has your support already. Do support the other partners’ proposals.',
      ),
    )
  }
  return data
}
