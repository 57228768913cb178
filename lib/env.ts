import 'server-only';
import { z } from 'zod';
import { compileTrust } from './trusted-proxies';
import { parseRate } from './rate';

/** A rate such as 600/min, checked here so a typo stops start-up, not the first search. */
const rate = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .superRefine((value, ctx) => {
      try {
        parseRate(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    });

/** Every environment variable Facetwire reads, validated in one place. */
const envSchema = z.object({
  MEILI_URL: z.url().optional(),
  MEILI_MASTER_KEY: z.string().min(16, 'MEILI_MASTER_KEY must be at least 16 bytes').optional(),
  MEILI_SEARCH_KEY: z.string().min(1).optional(),
  MEILI_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  MEILI_MAX_INDEXING_MEMORY: z.string().default('1Gb'),
  MEILI_MAX_INDEXING_THREADS: z.coerce.number().int().min(1).default(1),
  /** The indexer gives up on a Meilisearch request unanswered this long (a hung server). */
  MEILI_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  FACETWIRE_DATA_DIR: z.string().default('.facetwire'),
  FACETWIRE_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('articles'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOSTNAME: z.string().default('127.0.0.1'),
  FACETWIRE_API_DB: z.string().optional(),
  FACETWIRE_ANON_RATE: rate('60/min'),
  /** Searches the search page may send per client address (typing, facets, paging). */
  FACETWIRE_PAGE_RATE: rate('300/min'),
  /** Bytes the search page's proxy may send one client address. */
  FACETWIRE_PAGE_BYTE_RATE: rate('20000000/min'),
  /** Exports, on top of the request budget: per anonymous address, and per key. */
  FACETWIRE_ANON_EXPORT_RATE: rate('10/hour'),
  FACETWIRE_KEY_EXPORT_RATE: rate('120/hour'),
  FACETWIRE_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** With FACETWIRE_TRUST_PROXY=1: which X-Forwarded-For hops are proxies (count or list). */
  FACETWIRE_TRUSTED_PROXIES: z
    .string()
    .default('loopback')
    .superRefine((value, ctx) => {
      try {
        compileTrust(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `"${value}": ${(error as Error).message}` });
      }
    }),
  /** The origin readers use (https://news.example): links in feeds and exports, CORS checks. */
  FACETWIRE_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://news.example' })
    .refine((u) => !URL.canParse(u) || new URL(u).href === `${new URL(u).origin}/`, {
      message: 'must be an origin only (no path, query or fragment)',
    })
    .optional(),
  /** Serves /bench/minimal, the yardstick page of `npm run bench:ui`. */
  FACETWIRE_BENCH_PAGES: z.enum(['0', '1']).default('0'),
  FACETWIRE_REGISTER_DIR: z.string().optional(),
  /** Set by `npm start` for its web app: the embedded server's running.json, re-read after a restart. */
  FACETWIRE_MEILI_RUNNING: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = 'EnvError';
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const picked = Object.fromEntries(
    Object.keys(envSchema.shape).map((k) => [k, source[k] === '' ? undefined : source[k]]),
  );
  const result = envSchema.safeParse(picked);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  if (result.data.MEILI_URL && !result.data.MEILI_MASTER_KEY && !result.data.MEILI_SEARCH_KEY) {
    throw new EnvError(
      'MEILI_URL is set: also set MEILI_MASTER_KEY (or MEILI_SEARCH_KEY for the app)',
    );
  }
  return result.data;
}

let cached: Env | undefined;

/** Parsed once per process; tests pass their own source to parseEnv instead. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
