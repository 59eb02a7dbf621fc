import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Property-based tests and the child-process CLI tests take longer than vitest's default 5 s
    // on a busy 2-core machine; they do not assert on time.
    testTimeout: 30_000,
    server: { deps: { inline: ['electron-store'] } },
  },
});
