import { defineConfig } from 'vitest/config'

/** `npm run bench`: vitest only as the TypeScript runner of bench/registry.bench-run.ts. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench-run.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    reporters: ['default'],
  },
})
