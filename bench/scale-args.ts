export interface ScaleArgs {
  tiers: number[];
  json: boolean;
  /** Take each tier's first N articles from this JSONL instead of the generator. */
  corpus?: string;
  /** Measured rounds of the read mix per tier. */
  rounds: number;
  /** Keep each tier's Meilisearch data and prepared documents under .facetwire-bench. */
  keep: boolean;
}

export const DEFAULT_TIERS = [21_600, 216_000, 1_000_000];

function value(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const v = args[at + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
  return v;
}

const whole = (s: string, what: string) => {
  const n = Number(s.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what}: "${s}" is not a whole number ≥ 1`);
  return n;
};

/** `[--tiers 21600,216000,1000000] [--json] [--corpus FILE.jsonl] [--rounds 5] [--keep]` */
export function parseScaleArgs(args: readonly string[]): ScaleArgs {
  const known = new Set(['--tiers', '--json', '--corpus', '--rounds', '--keep']);
  const unknown = args.find((a) => a.startsWith('--') && !known.has(a));
  if (unknown) throw new Error(`unknown option ${unknown}`);
  const tiersArg = value(args, 'tiers');
  const tiers = tiersArg
    ? tiersArg.split(',').map((t) => whole(t.trim(), '--tiers'))
    : DEFAULT_TIERS;
  const corpus = value(args, 'corpus');
  return {
    tiers: [...new Set(tiers)].sort((a, b) => a - b),
    json: args.includes('--json'),
    ...(corpus ? { corpus } : {}),
    rounds: whole(value(args, 'rounds') ?? '5', '--rounds'),
    keep: args.includes('--keep'),
  };
}
