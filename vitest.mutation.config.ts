// The unit tests alone, for Stryker (`npm run test:mutation`): fast, no Java, no child
// processes, so each mutant of the rules under test is run against them in seconds.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/unit/**/*.test.ts'] },
});
