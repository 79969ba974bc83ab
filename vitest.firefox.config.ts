import { defineConfig } from 'vitest/config';

/**
 * The Firefox suite (tests/firefox/): real Firefox driven over WebDriver BiDi, run by
 * `npm run test:firefox` (scripts/firefox-suite.mjs) against .output/firefox-mv2.
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    // Each file starts its own Firefox (about 4 s) and waits on real pages and timers.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Firefox at a time: two share these small machines' CPUs badly enough to make
    // hover timing flaky, and the whole suite still runs in well under two minutes.
    fileParallelism: false,
  },
});
