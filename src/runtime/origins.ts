import { StartupError } from './StartupError'

/** FRONTEND_ORIGINS (comma-separated): websites allowed to call the API from a browser, cookies included. */
export const frontendOrigins = (env: NodeJS.ProcessEnv = process.env): string[] =>
  (env.FRONTEND_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      const url = URL.canParse(origin) ? new URL(origin) : undefined
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
        throw new StartupError(
          `FRONTEND_ORIGINS contains "${origin}", which is not an origin. List scheme and host only, comma-separated, e.g. FRONTEND_ORIGINS=https://www.denaktiveborger.dk,https://preview.denaktiveborger.dk`,
        )
      }
      return url.origin
    })

/**
 * Origins whose browser requests may use the login cookie (Payload's CSRF check): this server's
 * own origin — SERVER_URL, or localhost and 127.0.0.1 on PORT (read once the server listens, so
 * PORT=0 works) — and the frontends. A cookie sent from any other origin is ignored, as is one
 * from a client that names no origin and no `Sec-Fetch-Site` (browsers always send one).
 */
export const cookieOrigins = (env: NodeJS.ProcessEnv = process.env): string[] => {
  const port = env.PORT || '3000'
  const own = env.SERVER_URL
    ? [new URL(env.SERVER_URL).origin]
    : [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
  return [...new Set([...frontendOrigins(env), ...own])]
}
