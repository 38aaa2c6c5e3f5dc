import autocannon from 'autocannon'

export type Figures = { medianMs: number; p99Ms: number; requestsPerSecond: number }

/** One autocannon round against `url`: latency median and p99, and throughput. */
export const measure = async (url: string, { connections = 4, seconds = 5, headers = {} } = {}): Promise<Figures> => {
  const result = await autocannon({ connections, duration: seconds, headers, url })
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
  return { medianMs: result.latency.p50, p99Ms: result.latency.p99, requestsPerSecond: result.requests.average }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
