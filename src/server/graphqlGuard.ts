import type { RequestHandler } from 'express'

import { fragmentCycle } from '../graphql/fragmentCycle'
import { graphqlQuery, graphqlText, isGraphqlPost, MAX_GRAPHQL_BYTES } from './graphqlBody'

/**
 * What must be refused before Payload's GraphQL route sees a request: a body too large to be
 * a query (413), and fragments that spread themselves (400; Payload would answer 500).
 */
export const graphqlGuard: RequestHandler = async (req, res, next) => {
  if (!isGraphqlPost(req)) {
    return next()
  }
  const text = await graphqlText(req, res)
  if (text === undefined) {
    req.resume()
    res.status(413).json({
      errors: [{ message: `GraphQL request body too large: at most ${MAX_GRAPHQL_BYTES} bytes.` }],
    })
    return
  }
  const cycle = /\bfragment\b/.test(text) ? fragmentCycle(graphqlQuery(text)) : undefined
  if (cycle) {
    res.status(400).json({
      errors: [
        { message: `Fragment "${cycle}" spreads itself, directly or through other fragments.` },
      ],
    })
    return
  }
  next()
}
