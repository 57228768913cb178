import { defineConfig } from 'vitest/config';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    // A data dir of the tests' own: a model trained in the developer's .facetwire (or any other
    // state there) must not change what the tests see.
    env: { FACETWIRE_DATA_DIR: join(tmpdir(), `facetwire-vitest-${process.pid}`) },
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
