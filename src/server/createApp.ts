import type { Payload } from 'payload'

import compression from 'compression'
import express, { type Express, type RequestHandler } from 'express'

import { CLIENT_ADDRESS_HEADER } from '../audit/door'
import { caughtUp } from '../db/changeGeneration'
import { maxUploadBytes } from '../uploads/uploadDir'
import { bodyLimit } from './bodyLimit'
import { cacheSettings } from './cacheSettings'
import { databaseAnswers } from './databaseAnswers'
import { graphqlGuard } from './graphqlGuard'
import { httpCaching } from './httpCaching'
import { rateLimits, readRateLimits, readTrustProxy } from './rateLimits'
import { type RateLimitStores } from './rateLimitStore'
import { responseCache } from './responseCache'

type Args = {
  /** Next's request handler: admin UI, REST and GraphQL. */
  handle: RequestHandler
  /** The Payload instance once initialised (migrations applied), before that undefined. */
  payload: () => Payload | undefined
  /** Where the rate limits count, shared by every server on the database. */
  rateLimitStore: RateLimitStores['store']
}

/**
 * The HTTP surface: probes for orchestrators, then everything else to Next/Payload.
 * No body parser here: Payload reads the raw request itself.
 */
export const createApp = ({ handle, payload, rateLimitStore }: Args): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', readTrustProxy())

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })

  app.get('/readyz', async (_req, res) => {
    const instance = payload()
    const ready = instance ? await databaseAnswers(instance) : false
    res
      .status(ready ? 200 : 503)
      .json({ database: ready ? 'up' : 'down', status: ready ? 'ready' : 'unavailable' })
  })

  // The audit log's client address: express's, after TRUST_PROXY; a client cannot send its own.
  app.use((req, _res, next) => {
    req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? ''
    next()
  })
  app.use(bodyLimit(maxUploadBytes))
  app.use(rateLimits(readRateLimits(), rateLimitStore))
  app.use(graphqlGuard)
  // Compression wraps the response first, so the caching below sees (and tags) the plain body.
  app.use(compression())
  const caching = cacheSettings()
  app.use(httpCaching(caching))
  // Before anything is read or served from the cache: every write another server committed
  // before this request arrived has been heard (README: Running several servers).
  app.use((_req, _res, next) => {
    caughtUp().then(() => next(), next)
  })
  // Inside HTTP caching: a cached answer is tagged, and answered 304, as a fresh one.
  app.use(responseCache(caching))
  app.all('/{*splat}', handle)
  return app
}
