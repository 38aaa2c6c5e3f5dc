/**
 * The in-process plugin benchmark's verdict rests on `instanceRatio`: checked against Student's t
 * from published tables, not against a copy of its own arithmetic.
 */
import { describe, expect, it } from 'vitest'

import { instanceRatio } from './measure'

describe('instanceRatio', () => {
  it('is Student’s two-sample interval with a pooled variance (t₀.₉₇₅ with 4 degrees = 2.776)', () => {
    // Means 2 and 5, pooled variance 1: a margin of 2.776 × √(2/3) = 2.267 on the log scale.
    const { estimate, interval } = instanceRatio([1, 2, 3], [4, 5, 6])
    expect(Math.log(estimate)).toBeCloseTo(-3, 10)
    expect(interval!.map(Math.log)).toEqual([expect.closeTo(-5.267, 3), expect.closeTo(-0.733, 3)])
  })

  it('widens with fewer instances (t₀.₉₇₅ with 2 degrees = 4.303)', () => {
    // Pooled variance 0.5: a margin of 4.303 × √(0.5 × 1) = 3.0425.
    const { interval } = instanceRatio([0, 1], [0, 1])
    expect(interval!.map(Math.log)).toEqual([expect.closeTo(-3.0425, 3), expect.closeTo(3.0425, 3)])
  })

  it('gives no interval with one instance a side, and 1.00× for two alike groups', () => {
    expect(instanceRatio([0.1], [0.2, 0.3]).interval).toBeUndefined()
    expect(instanceRatio([0.01, 0.02, 0.03], [0.03, 0.01, 0.02]).estimate).toBeCloseTo(1, 12)
  })
})
