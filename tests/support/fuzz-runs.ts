/**
 * How many cases a property test runs: its own default in `npm test`, or
 * TERMLIGHT_FUZZ_RUNS for every property at once (`npm run fuzz` sets 10,000, the nightly
 * size). Kept out of timed tests: this only decides how hard to look, never how fast.
 */
export function fuzzRuns(defaultRuns: number): number {
  const fromEnv = Number(process.env.TERMLIGHT_FUZZ_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}
