/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests read and parse every guide or the whole lexicon; on two busy cores that can pass 5 s.
    testTimeout: 30_000,
  },
});
