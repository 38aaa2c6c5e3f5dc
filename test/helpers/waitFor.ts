/** Polls `check` until it returns true, failing after `timeoutMs`: a bounded wait, not a sleep. */
export const waitFor = async (
  what: string,
  check: () => Promise<boolean>,
  { intervalMs = 100, timeoutMs = 20_000 } = {},
): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
