/**
 * The plugin benchmark's verdict rests on `pairedRatio`: its estimate and interval checked against
 * Wilcoxon's published critical values, not against a copy of its own arithmetic.
 */
import { describe, expect, it } from 'vitest'

import { pairedRatio } from './measure'

// Ratios whose logs are 0.01, 0.02, … : Walsh averages are then (i + j) / 2 hundredths.
const ratiosOf = (n: number) => Array.from({ length: n }, (_, i) => Math.exp((i + 1) / 100))

describe('pairedRatio', () => {
  it('gives no interval for fewer than 6 pairs (5 cannot reach 95 %)', () => {
    expect(pairedRatio(ratiosOf(5)).interval).toBeUndefined()
    expect(pairedRatio(ratiosOf(6)).interval).toBeDefined()
  })

  it('spans the smallest to the largest Walsh average for 6 pairs (critical T = 0)', () => {
    const { estimate, interval } = pairedRatio(ratiosOf(6))
    expect(Math.log(estimate)).toBeCloseTo(0.035, 10)
    expect(interval!.map(Math.log)).toEqual([expect.closeTo(0.01, 10), expect.closeTo(0.06, 10)])
  })

  it('takes the 9th smallest and 9th largest of 55 Walsh averages for 10 pairs (critical T = 8)', () => {
    const { estimate, interval } = pairedRatio(ratiosOf(10))
    expect(Math.log(estimate)).toBeCloseTo(0.055, 10)
    expect(interval!.map(Math.log)).toEqual([expect.closeTo(0.03, 10), expect.closeTo(0.08, 10)])
  })

  it('is the same whichever order the pairs come in, and 1.00× with nothing between them', () => {
    const shuffled = [1.04, 0.97, 1.1, 0.99, 1.02, 1.01, 0.95]
    expect(pairedRatio(shuffled)).toEqual(pairedRatio([...shuffled].sort()))
    expect(pairedRatio(Array.from({ length: 8 }, () => 1))).toEqual({
      estimate: 1,
      interval: [1, 1],
    })
  })
})
