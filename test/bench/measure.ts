import autocannon from 'autocannon'

export type Figures = { medianMs: number; p99Ms: number; requestsPerSecond: number }

/** One HTTP request of a scenario; a scenario of several sends them in turn on each connection. */
export type Step = { body?: string; headers?: Record<string, string>; method?: 'GET' | 'POST'; path: string }

export type Timing = { connections: number; rounds: number; seconds: number; warmupSeconds: number }

/** One autocannon round against `origin`: latency median and p99, and throughput. */
export const measure = async (origin: string, steps: Step[], { connections, seconds }: Pick<Timing, 'connections' | 'seconds'>): Promise<Figures> => {
  const result = await autocannon({ connections, duration: seconds, requests: steps, url: origin })
  if (result.non2xx || result.errors) throw new Error(`${origin}${steps[0].path}: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
  return { medianMs: result.latency.p50, p99Ms: result.latency.p99, requestsPerSecond: result.requests.average }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Every step answered 2xx with a body that is not an error, before it is measured: autocannon
 * counts a GraphQL error (200) or an empty list as fast as a real answer.
 */
export const check = async (origin: string, steps: Step[]) => {
  for (const { body, headers, method = 'GET', path } of steps) {
    const response = await fetch(origin + path, { body, headers, method })
    const text = await response.text()
    const json = JSON.parse(text) as { docs?: unknown[]; errors?: unknown }
    if (!response.ok || json.errors || (Array.isArray(json.docs) && json.docs.length === 0)) {
      throw new Error(`${method} ${origin}${path} answered ${response.status}: ${text.slice(0, 300)}`)
    }
  }
}

/**
 * The same scenario against several servers in one run: a warm-up each, then rounds in which
 * every server is measured once, the order rotated each round so none always inherits the
 * others' warm caches (or a busy moment). Medians over the rounds.
 */
export const compare = async (origins: string[], steps: Step[], timing: Timing): Promise<Figures[]> => {
  for (const origin of origins) {
    await check(origin, steps)
    await measure(origin, steps, { connections: timing.connections, seconds: timing.warmupSeconds })
  }
  const rounds: Figures[][] = origins.map(() => [])
  for (let round = 0; round < timing.rounds; round++) {
    for (let turn = 0; turn < origins.length; turn++) {
      const which = (round + turn) % origins.length
      rounds[which].push(await measure(origins[which], steps, timing))
    }
  }
  return rounds.map((figures) => ({
    medianMs: median(figures.map((f) => f.medianMs)),
    p99Ms: median(figures.map((f) => f.p99Ms)),
    requestsPerSecond: median(figures.map((f) => f.requestsPerSecond)),
  }))
}
