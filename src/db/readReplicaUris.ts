import { StartupError } from '../runtime/StartupError'

/**
 * DATABASE_READ_URIS (comma-separated): streaming replicas of DATABASE_URI that take reads
 * (README: Read replicas). Undefined when unset: Payload's adapter takes an empty list as replicas.
 */
export const readReplicaUris = (env: NodeJS.ProcessEnv = process.env): string[] | undefined => {
  const uris = (env.DATABASE_READ_URIS ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)
  if (uris.length === 0) {
    return undefined
  }
  if (!env.DATABASE_URI) {
    throw new StartupError(
      'DATABASE_READ_URIS is set but DATABASE_URI is not: read replicas copy a PostgreSQL server of your own, which the app writes to. Set DATABASE_URI to that primary server, or unset DATABASE_READ_URIS to use the embedded database.',
    )
  }
  for (const uri of uris) {
    const url = URL.canParse(uri) ? new URL(uri) : undefined
    if (!url || !/^postgres(ql)?:$/.test(url.protocol) || !url.hostname) {
      // Shown without its password, which would end up in the log.
      const shown = uri.replace(/(\/\/[^/:@]*):[^/@]*@/, '$1:…@')
      throw new StartupError(
        `DATABASE_READ_URIS contains "${shown}", which is not a PostgreSQL connection string. List the replicas' URIs comma-separated, each like DATABASE_URI, e.g. DATABASE_READ_URIS=postgres://user:pass@replica1:5432/den_aktive_borger,postgres://user:pass@replica2:5432/den_aktive_borger`,
      )
    }
  }
  return uris
}
