/** The little of jstat (untyped) that `instanceRatio` in test/bench/measure.ts uses. */
declare module 'jstat' {
  export const jStat: {
    /** Student's t distribution with `freedom` degrees of freedom. */
    studentt: { inv(probability: number, freedom: number): number }
  }
}
