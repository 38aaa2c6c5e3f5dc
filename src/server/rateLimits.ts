import type { RequestHandler } from 'express'

import { rateLimit } from 'express-rate-limit'

import type { RateLimitStores } from './rateLimitStore'

import { type Label, t } from '../admin/label'
import { headerLanguage } from '../i18n/message'
import { wholeSetting as whole } from '../runtime/wholeSetting'
import { graphqlOperation, graphqlText, isGraphqlPost } from './graphqlBody'

export type RateLimitSettings = {
  /** GraphQL requests per IP and minute (0: no limit). */
  graphqlPerMinute: number
  /** Logins per IP and window, REST and GraphQL (`loginUser`) together. */
  login: number
  /** Forgot/reset-password requests per IP and window, REST and GraphQL together. */
  passwordReset: number
  windowMs: number
}

/**
 * Express's `trust proxy` from TRUST_PROXY: behind a reverse proxy every request comes from the
 * proxy's address, so limits per IP need the client address it forwards. A number is the count
 * of proxies in front; anything else goes to express as given (e.g. `loopback`, a subnet).
 */
export const readTrustProxy = (env: NodeJS.ProcessEnv = process.env): boolean | number | string => {
  const value = env.TRUST_PROXY
  if (!value) {
    return false
  }
  return /^\d+$/.test(value) ? Number(value) : value
}

/** RATE_LIMIT_* from the environment (README: Configuration), checked at start. */
export const readRateLimits = (env: NodeJS.ProcessEnv = process.env): RateLimitSettings => ({
  graphqlPerMinute: whole(env, 'RATE_LIMIT_GRAPHQL', 600),
  login: whole(env, 'RATE_LIMIT_LOGIN', 20),
  passwordReset: whole(env, 'RATE_LIMIT_PASSWORD_RESET', 5),
  windowMs: whole(env, 'RATE_LIMIT_WINDOW_SECONDS', 15 * 60, 1) * 1000,
})

type Limit = { limit: number; name: string; what: Label; windowMs: number }

/**
 * One per-IP counter with a clear 429 (in the client's language), `Retry-After` and the draft-8
 * `RateLimit` headers, counted in the database for all servers together (`name` keeps it apart).
 */
const limiter = (
  { name, limit, what, windowMs }: Limit,
  store: RateLimitStores['store'],
): RequestHandler =>
  limit === 0
    ? (_req, _res, next) => next()
    : rateLimit({
        handler: (req, res, _next, options) => {
          const seconds = Math.ceil(options.windowMs / 1000)
          const minutes = seconds % 60 === 0 ? seconds / 60 : undefined
          const message: Label = {
            da: `For mange ${what.da} fra denne adresse: højst ${options.limit} på ${minutes ? `${minutes} ${minutes === 1 ? 'minut' : 'minutter'}` : `${seconds} sekunder`}. Vent lidt, og prøv igen.`,
            en: `Too many ${what.en} from this address: at most ${options.limit} in ${seconds} s. Try again later.`,
          }
          res.status(429).json({ errors: [{ message: message[headerLanguage(req.headers)] }] })
        },
        legacyHeaders: false,
        limit,
        // The database unreachable: the request goes on (and fails there) rather than the limiter answering 500.
        passOnStoreError: true,
        standardHeaders: 'draft-8',
        store: store(name),
        windowMs,
      })

const AUTH_ROUTE = /^\/api\/[^/]+\/(login|forgot-password|reset-password)\/?$/

/**
 * Payload has no rate limiting of its own. This counts per client IP, across all servers: logins and password
 * resets (the REST routes of any auth collection and the GraphQL mutations, e.g. `loginUser`,
 * together) and GraphQL requests in general; past a limit the answer is 429 with Retry-After.
 */
export const rateLimits = (
  settings: RateLimitSettings,
  store: RateLimitStores['store'],
): RequestHandler => {
  const login = limiter(
    {
      name: 'login',
      limit: settings.login,
      what: t('loginforsøg', 'login attempts'),
      windowMs: settings.windowMs,
    },
    store,
  )
  const passwordReset = limiter(
    {
      name: 'password-reset',
      limit: settings.passwordReset,
      what: t('anmodninger om ny adgangskode', 'password reset requests'),
      windowMs: settings.windowMs,
    },
    store,
  )
  const graphql = limiter(
    {
      name: 'graphql',
      limit: settings.graphqlPerMinute,
      what: t('GraphQL-forespørgsler', 'GraphQL requests'),
      windowMs: 60_000,
    },
    store,
  )

  return (req, res, next) => {
    const auth = req.method === 'POST' ? AUTH_ROUTE.exec(req.path)?.[1] : undefined
    if (auth) {
      return (auth === 'login' ? login : passwordReset)(req, res, next)
    }
    if (!isGraphqlPost(req)) {
      return next()
    }
    graphql(req, res, async (error?: unknown) => {
      if (error) {
        return next(error)
      }
      const operation = graphqlOperation((await graphqlText(req, res)) ?? '')
      if (operation === 'login') {
        return login(req, res, next)
      }
      if (operation === 'passwordReset') {
        return passwordReset(req, res, next)
      }
      next()
    })
  }
}
