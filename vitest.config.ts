import { defineConfig } from 'vitest/config';

// Unit and content tests only; browser tests live in tests/e2e and run under Playwright against dist/.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
  },
});
