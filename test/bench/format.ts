import type { Figures } from './measure'

/** A ratio as the tables print it: `1.046×`, or `–` where there is none. */
export const times = (value: number | undefined) =>
  value === undefined ? '–' : `${value.toFixed(3)}×`

/** CPU ms per request to one decimal, or `–` where it was not measured. */
export const cpu = (f: Figures) =>
  f.cpuMsPerRequest === undefined ? '–' : f.cpuMsPerRequest.toFixed(1)

/** A Markdown table. */
export const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
