import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 20_000,
    // Dates are the office's local calendar days; pin the office's zone so results do not depend on the machine.
    env: { TZ: 'Asia/Shanghai' },
  },
})
