import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/dom/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The fact checks and index tests run hundreds of lookups; on a busy 2-core machine one took
    // longer than vitest's 5 s default (factcheck-relevance, session 29, beside two sweeps).
    // No test compares a duration: this only keeps a slow machine from failing a right answer.
    testTimeout: 60_000,
  },
});
