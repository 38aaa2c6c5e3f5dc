/** Public address of this server (files, API), for absolute links: SERVER_URL. */
export const serverURL = (): string =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

/** Public address of the project website that shows the content: SITE_URL, else SERVER_URL. */
export const siteURL = (): string => (process.env.SITE_URL || serverURL()).replace(/\/$/, '')

/** A page of the admin UI on this server, for links in emails. */
export const adminURL = (path = ''): string => `${serverURL()}/admin${path}`
