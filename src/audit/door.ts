import type { PayloadRequest } from 'payload'

import { runningJob } from '../jobs/jobContext'

/** The header the HTTP layer sets to the client's address (express's `req.ip`, after TRUST_PROXY); any sent by the client is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-client-address'

export type Door = 'admin' | 'graphql' | 'job' | 'local' | 'rest'

const header = (req: PayloadRequest, name: string): null | string => {
  const headers = req.headers as Headers | undefined
  return typeof headers?.get === 'function' ? headers.get(name) : null
}

/**
 * How a change came in: a background job, GraphQL, the admin UI (its REST calls and server
 * functions come from an admin page), REST, or the Local API inside the server.
 */
export const doorOf = (req: PayloadRequest): { door: Door; job?: string } => {
  const job = runningJob()
  if (job) {
    return { door: 'job', job: `${job.task} #${job.id}` }
  }
  if (req.payloadAPI === 'GraphQL') {
    return { door: 'graphql' }
  }
  const referer = header(req, 'referer')
  const adminRoute = req.payload.config.routes.admin
  if (referer && URL.canParse(referer) && new URL(referer).pathname.startsWith(adminRoute)) {
    return { door: 'admin' }
  }
  return { door: req.payloadAPI === 'REST' ? 'rest' : 'local' }
}

/** The client's address as the HTTP layer saw it; none for the Local API and jobs. */
export const clientAddress = (req: PayloadRequest): null | string =>
  runningJob() ? null : header(req, CLIENT_ADDRESS_HEADER)
