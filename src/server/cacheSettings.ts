import { wholeSetting } from '../runtime/wholeSetting'

export type CacheSettings = {
  /** Seconds a shared cache (CDN, proxy) or browser may serve an anonymous public answer without asking (CACHE_MAX_AGE, default 60). */
  maxAgeSeconds: number
  /** Seconds after that it may still serve it while it asks again in the background (CACHE_STALE_WHILE_REVALIDATE, default 300). */
  staleWhileRevalidateSeconds: number
}

/** HTTP caching of public answers (README: Caching), checked at start. */
export const cacheSettings = (env: NodeJS.ProcessEnv = process.env): CacheSettings => ({
  maxAgeSeconds: wholeSetting(env, 'CACHE_MAX_AGE', 60),
  staleWhileRevalidateSeconds: wholeSetting(env, 'CACHE_STALE_WHILE_REVALIDATE', 300),
})
