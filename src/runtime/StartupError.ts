/**
 * A failure the operator can fix. The server prints `message` as one paragraph
 * (what happened and what to do) instead of a stack trace, and exits 1.
 */
export class StartupError extends Error {
  override name = 'StartupError'
}
