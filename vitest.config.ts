import { defineConfig } from 'vitest/config';

// Unit tests live next to the code they test; e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // CLI tests spawn the real command several times each; on a busy 2-core machine that outgrows the 5 s default.
    testTimeout: 30_000,
  },
});
