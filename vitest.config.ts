// One runner, one project per test layer (see test/README in docs/architecture.md).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // In CI, also a JSON report, from which .ci/run prints its one-line summary.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-output/vitest.json' }]] : ['default'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // The release tooling: the breaking-change gate (Optic, ~5-20 s a run) and the workflows.
      { test: { name: 'tooling', include: ['test/tooling/**/*.test.ts'], testTimeout: 180_000 } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
      { test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
      // The contract suite twice: against API_BASE_URL or a local gateway, and against the Prism mock.
      ...['contract', 'contract-mock'].map((name) => ({
        test: {
          name,
          include: ['test/contract/**/*.test.ts'],
          globalSetup: ['test/contract/globalSetup.ts'],
          // npm run verify paces the suite under the stage's WAF rate rule; a no-op otherwise.
          setupFiles: ['test/contract/pacing.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      })),
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
