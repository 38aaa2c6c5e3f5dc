import type { RequestHandler } from 'express'

import { fragmentCycle } from '../graphql/fragmentCycle'
import { headerLanguage } from '../i18n/message'
import { graphqlQuery, graphqlText, isGraphqlPost, MAX_GRAPHQL_BYTES } from './graphqlBody'

const parses = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * What must be refused before Payload's GraphQL route sees a request: a body too large to be
 * a query (413), a JSON body that is not JSON, and fragments that spread themselves (400 each;
 * Payload would answer 500).
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
  if (req.is('application/json') && !parses(text)) {
    res.status(400).json({
      errors: [
        {
          message:
            headerLanguage(req.headers) === 'en'
              ? 'The request body is not valid JSON. Send {"query": "…", "variables": {…}}.'
              : 'Forespørgslens indhold er ikke gyldig JSON. Send {"query": "…", "variables": {…}}.',
        },
      ],
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
