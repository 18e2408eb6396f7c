import { defineConfig } from 'vitest/config';

// unit: src/lib and content validation (fast, no build).
// golden: each engine's outputs on the real content against tests/golden/ (UPDATE_GOLDEN=1 rewrites them).
// build: real builds of fixture sites (bad content must fail; base paths must work).
// dist: checks over the built site in dist/ (run after `npm run build`).
// Browser tests live in tests/e2e and run under Playwright.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { test: { name: 'golden', include: ['tests/golden/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
