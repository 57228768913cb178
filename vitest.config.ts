import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // As Next resolves it for server code (react-server condition); plain Node would throw.
      'server-only': `${root}node_modules/server-only/empty.js`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{app,lib,indexer,server,cli,bench,scripts}/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', 'e2e/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['{app,lib,indexer,server,cli}/**/*.int.test.ts'],
          exclude: ['e2e/**', 'node_modules/**'],
          environment: 'node',
          globalSetup: ['lib/testing/global-meili.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
