import { StartupError } from '../runtime/StartupError'
import { wholeSetting } from '../runtime/wholeSetting'

export type CacheSettings = {
  /** Seconds a shared cache (CDN, proxy) or browser may serve an anonymous public answer without asking (CACHE_MAX_AGE, default 60). */
  maxAgeSeconds: number
  /** Whether the server keeps anonymous answers in memory itself (RESPONSE_CACHE, default on). */
  responseCache: boolean
  /** At most this many bytes of answers (bodies and headers) in it (RESPONSE_CACHE_MB, default 64 MB). */
  responseCacheBytes: number
  /** Seconds after that it may still serve it while it asks again in the background (CACHE_STALE_WHILE_REVALIDATE, default 300). */
  staleWhileRevalidateSeconds: number
}

/** HTTP caching of public answers and the server's response cache (README: Caching), checked at start. */
export const cacheSettings = (env: NodeJS.ProcessEnv = process.env): CacheSettings => {
  const responseCache = env.RESPONSE_CACHE || 'on'
  if (responseCache !== 'on' && responseCache !== 'off') {
    throw new StartupError(`RESPONSE_CACHE must be "on" or "off", not "${responseCache}".`)
  }
  return {
    maxAgeSeconds: wholeSetting(env, 'CACHE_MAX_AGE', 60),
    responseCache: responseCache === 'on',
    responseCacheBytes: wholeSetting(env, 'RESPONSE_CACHE_MB', 64, 1) * 1024 * 1024,
    staleWhileRevalidateSeconds: wholeSetting(env, 'CACHE_STALE_WHILE_REVALIDATE', 300),
  }
}
