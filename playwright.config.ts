import { defineConfig } from '@playwright/test';

// One seed per run, shared by every worker, for specs that sample the glossary; a failing
// run prints it, and TERMLIGHT_SEED=... replays it.
process.env.TERMLIGHT_SEED ??= String(Date.now() % 1_000_000);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', grepInvert: /@alone/ },
    // Specs that measure CPU time run once everything else is done, with no other worker busy.
    { name: 'alone', grep: /@alone/, dependencies: ['chromium'] },
  ],
});
