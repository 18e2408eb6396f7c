import { defineConfig } from 'vitest/config';

// unit: src/lib and content validation (fast, no build).
// golden: each engine's outputs on the real content against tests/golden/ (UPDATE_GOLDEN=1 rewrites them).
// build: real builds of fixture sites (bad content must fail; base paths must work).
// dist: checks over the built site in dist/ (run after `npm run build`).
// Browser tests live in tests/e2e and run under Playwright.
export default defineConfig({
  test: {
    projects: [
      {
        // Some unit tests read the whole real content (150+ models and their layer specs) inside the test:
        // a loaded 2-core CI machine needs more than vitest's default 5 s for that, and speed is the bench's job.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'], testTimeout: 30_000 },
      },
      { test: { name: 'golden', include: ['tests/golden/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // Fixture builds of one file run side by side (describe.concurrent), three at a time on a small machine.
          maxConcurrency: 3,
        },
      },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
