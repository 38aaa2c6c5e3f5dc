import autocannon from 'autocannon'
import { jStat } from 'jstat'
import { readFile } from 'node:fs/promises'

/** Latency, throughput, and the server process's CPU time per request (Linux only). */
export type Figures = {
  cpuMsPerRequest?: number
  medianMs: number
  p99Ms: number
  requestsPerSecond: number
  /** Each round's own figures (from `compare`), for ratios taken round by round. */
  rounds?: Figures[]
}

/** A server under test: where it answers, and its process (for its CPU time). */
export type Target = { pid?: number; url: string }

/** One HTTP request of a scenario; a scenario of several sends them in turn on each connection. */
export type Step = {
  body?: string
  headers?: Record<string, string>
  method?: 'GET' | 'POST'
  path: string
}

export type Timing = { connections: number; rounds: number; seconds: number; warmupSeconds: number }

/** What every answer must be: 2xx (the default), or 304 for a conditional GET whose copy is current. */
export type Expected = { notModified?: boolean }

/** Linux's clock ticks per second (USER_HZ), the unit of /proc/<pid>/stat's CPU times. */
const TICKS_PER_SECOND = 100

/**
 * CPU time (user + system) the process has used so far, in ms; undefined where there is no /proc.
 * Unlike latency and throughput it hardly changes when other processes compete for the cores.
 */
const cpuMs = async (pid: number | undefined) => {
  if (pid === undefined) {
    return undefined
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined)
  if (!stat) {
    return undefined
  }
  // Fields after the command name, which may hold spaces; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
}

/** One autocannon round against `target`: latency median and p99, throughput, CPU per request. */
export const measure = async (
  target: Target,
  steps: Step[],
  { connections, seconds }: Pick<Timing, 'connections' | 'seconds'>,
  { notModified = false }: Expected = {},
): Promise<Figures> => {
  const cpuBefore = await cpuMs(target.pid)
  const result = await autocannon({
    connections,
    duration: seconds,
    requests: steps,
    url: target.url,
  })
  const cpuAfter = await cpuMs(target.pid)
  const unexpected = notModified ? result.requests.total - result['3xx'] : result.non2xx
  if (unexpected || result.errors) {
    throw new Error(
      `${target.url}${steps[0].path}: ${unexpected} answers not ${notModified ? '304' : '2xx'}, ${result.errors} errors`,
    )
  }
  return {
    cpuMsPerRequest:
      cpuBefore === undefined || cpuAfter === undefined
        ? undefined
        : (cpuAfter - cpuBefore) / result.requests.total,
    medianMs: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: result.requests.average,
  }
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
      throw new Error(
        `${method} ${origin}${path} answered ${response.status}: ${text.slice(0, 300)}`,
      )
    }
  }
}

/**
 * The same scenario against several servers in one run: a warm-up each, then rounds in which
 * every server is measured once, the order rotated each round so none always inherits the
 * others' warm caches (or a busy moment). Medians over the rounds.
 */
export const compare = async (
  targets: Target[],
  steps: Step[],
  timing: Timing,
  expected: Expected = {},
): Promise<Figures[]> => {
  for (const target of targets) {
    if (!expected.notModified) {
      await check(target.url, steps)
    }
    await measure(
      target,
      steps,
      { connections: timing.connections, seconds: timing.warmupSeconds },
      expected,
    )
  }
  const rounds: Figures[][] = targets.map(() => [])
  for (let round = 0; round < timing.rounds; round++) {
    for (let turn = 0; turn < targets.length; turn++) {
      const which = (round + turn) % targets.length
      rounds[which].push(await measure(targets[which], steps, timing, expected))
    }
  }
  return rounds.map(medians)
}

/** One server's rounds as one set of figures: the median of each, the rounds kept for round-by-round ratios. */
export const medians = (rounds: Figures[]): Figures => ({
  cpuMsPerRequest:
    rounds[0].cpuMsPerRequest === undefined
      ? undefined
      : median(rounds.map((f) => f.cpuMsPerRequest!)),
  medianMs: median(rounds.map((f) => f.medianMs)),
  p99Ms: median(rounds.map((f) => f.p99Ms)),
  requestsPerSecond: median(rounds.map((f) => f.requestsPerSecond)),
  rounds,
})

type By = 'cpu' | 'latency' | 'throughput'

/** `a`'s time per request ÷ `b`'s in one pair of figures (see `ratio`); undefined where a CPU time is missing. */
const ratioOf = (a: Figures, b: Figures, by: By) =>
  by === 'throughput'
    ? b.requestsPerSecond / a.requestsPerSecond
    : by === 'latency'
      ? a.medianMs / b.medianMs
      : a.cpuMsPerRequest === undefined || b.cpuMsPerRequest === undefined
        ? undefined
        : a.cpuMsPerRequest / b.cpuMsPerRequest

/** Each round's own ratio where `a` and `b` were measured in the same `compare`, else the one ratio. */
const roundRatios = (a: Figures, b: Figures, by: By): number[] | undefined => {
  const ratios =
    a.rounds && a.rounds.length === b.rounds?.length
      ? a.rounds.map((round, index) => ratioOf(round, b.rounds![index], by))
      : [ratioOf(a, b, by)]
  return ratios.includes(undefined) ? undefined : (ratios as number[])
}

/**
 * How much more time per request `a` takes than `b` (1.00×: the same), by throughput (`b`'s
 * req/s ÷ `a`'s), by median latency or by CPU time per request (`a`'s ÷ `b`'s). Measured in the same `compare`, it is
 * the median of the rounds' own ratios: a round's two measurements are seconds apart, so a busy
 * moment of the machine moves both and cancels out, where a ratio of medians would keep it.
 * Undefined where a CPU time is missing.
 */
export const ratio = (a: Figures, b: Figures, by: By): number | undefined => {
  const ratios = roundRatios(a, b, by)
  return ratios && median(ratios)
}

/**
 * P(T ≤ t) for t = 0 … n(n+1)/2 under Wilcoxon's signed-rank null hypothesis for `n` pairs: exact,
 * by counting the subsets of the ranks 1 … n whose sum is t.
 */
const signedRankCdf = (n: number): number[] => {
  let ways = [1]
  for (let rank = 1; rank <= n; rank++) {
    ways = Array.from(
      { length: ways.length + rank },
      (_, t) => (ways[t] ?? 0) + (t >= rank ? (ways[t - rank] ?? 0) : 0),
    )
  }
  const total = 2 ** n
  let below = 0
  return ways.map((count) => (below += count) / total)
}

/**
 * How much more time per request the first of each pair takes than the second, from one ratio per
 * pair (say a server with the plugin ÷ its twin without it, measured at the same time): the
 * Hodges–Lehmann estimate (the median of the pairwise means of the log ratios, back on the ratio
 * scale) and its 95 % confidence interval from Wilcoxon's exact signed-rank distribution. It
 * assumes only that a ratio is as likely above the true one as below (by as much); because each
 * pair is one sample, a server that runs faster or slower than its twin for its whole life is in
 * the interval. Undefined interval for fewer than 6 pairs (5 cannot give one).
 */
export const pairedRatio = (
  ratios: number[],
): { estimate: number; interval?: [number, number] } => {
  const logs = ratios.map(Math.log)
  const walsh = logs.flatMap((x, i) => logs.slice(i).map((y) => (x + y) / 2)).sort((x, y) => x - y)
  const cdf = signedRankCdf(ratios.length)
  // The largest k with P(T ≤ k − 1) ≤ 2.5 %.
  const k = cdf.findIndex((probability) => probability > 0.025)
  return {
    estimate: Math.exp(median(walsh)),
    interval: k > 0 ? [Math.exp(walsh[k - 1]), Math.exp(walsh[walsh.length - k])] : undefined,
  }
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

const variance = (values: number[]) => {
  const centre = mean(values)
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1)
}

/**
 * How much more time per request one group of instances takes than another, the instance being
 * the unit: an instance (a server, or one copy of the config in a process) is compiled and
 * optimised on its own and may run faster or slower than its twins for its whole life, so the
 * blocks it answers in cannot say where another instance would land, only the spread between
 * instances can. Input: one score per instance, a log of its time per request (say the median,
 * over blocks, of its time ÷ the block's mean). Output: exp of the difference of the groups' mean
 * scores, with its 95 % interval from Student's t for two samples with a pooled variance
 * (n₁ + n₂ − 2 degrees of freedom; its quantile from jstat). Undefined interval with fewer than
 * 2 instances a group.
 */
export const instanceRatio = (
  first: number[],
  second: number[],
): { estimate: number; interval?: [number, number] } => {
  const difference = mean(first) - mean(second)
  const freedom = first.length + second.length - 2
  if (first.length < 2 || second.length < 2) {
    return { estimate: Math.exp(difference) }
  }
  const pooled =
    ((first.length - 1) * variance(first) + (second.length - 1) * variance(second)) / freedom
  const margin =
    jStat.studentt.inv(0.975, freedom) * Math.sqrt(pooled * (1 / first.length + 1 / second.length))
  return {
    estimate: Math.exp(difference),
    interval: [Math.exp(difference - margin), Math.exp(difference + margin)],
  }
}
