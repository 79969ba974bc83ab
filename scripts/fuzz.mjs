// npm run fuzz [-- runs]: every property test at nightly size (10,000 cases each by default).
// npm test runs the same properties with fewer cases; see tests/support/fuzz-runs.ts.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '10000';
const result = spawnSync('npx', ['vitest', 'run', 'lib/match/matcher.property.test.ts', 'lib/match/remote.test.ts', 'lib/settings/settings.property.test.ts', 'lib/user-glossary'], {
  stdio: 'inherit',
  env: { ...process.env, TERMLIGHT_FUZZ_RUNS: runs },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
