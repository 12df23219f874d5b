import { defineConfig } from 'vitest/config';

// One runner for the whole repository; `--project` picks a part (see the scripts in package.json).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['shared/src/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          include: ['server/test/**/*.test.ts', 'server/src/**/*.test.ts'],
          // PGlite and PostgreSQL databases are created per test file, so files may run in parallel.
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'web', include: ['web/src/**/*.test.{ts,tsx}'], passWithNoTests: true } },
      { test: { name: 'e2e', include: ['web/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
