import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Property tests run hundreds of cases and the glossary tests compile 2,000+ entries: on a
    // 2-core box also building and running browsers, vitest's 5 s default fails them for load,
    // not for a fault. Speed is measured in npm run bench, never here.
    testTimeout: 60_000,
  },
});
