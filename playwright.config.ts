import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3199);
export const E2E_DATA_DIR = '.facetwire-e2e';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      testIgnore: '**/*.mobile.spec.ts',
    },
    {
      name: 'mobile',
      use: { ...devices['Pixel 7'], channel: undefined, viewport: { width: 360, height: 740 } },
      testMatch: '**/*.mobile.spec.ts',
    },
  ],
  webServer: {
    // The real `npm start` path, on a fresh data dir: embedded Meilisearch + demo corpus + next start.
    command: `rm -rf ${E2E_DATA_DIR} && tsx --import ./lib/node-hooks/server-only.mjs cli/main.ts start`,
    url: `http://127.0.0.1:${port}/`,
    env: {
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      FACETWIRE_DATA_DIR: E2E_DATA_DIR,
      // One browser on one address runs every test's searches: more than a reader's budget.
      FACETWIRE_PAGE_RATE: '100000/min',
    },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
