import 'server-only';
import { z } from 'zod';
import { CONTROL_CHARACTER, TEXT_PATTERN } from './param-patterns';
import { invalidParams, type InvalidParam } from './problem';

/** One query parameter: validated by `schema` and documented in OpenAPI from the same object. */
export interface ParamSpec {
  name: string;
  description: string;
  schema: z.ZodType;
  repeatable?: boolean;
  required?: boolean;
  example?: string;
  /** The value used when the parameter is absent (documented as the schema's `default`). */
  default?: string | number;
}

/** How often a repeatable parameter may be given (documented as `maxItems`). */
export const MAX_REPEATS = 50;

const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
};

/**
 * At most `max` characters, counted as JSON Schema's maxLength counts them (code points):
 * zod's `.max()` counts UTF-16 units, so 300 emoji passed a 500 maxLength and were refused.
 * Aborts, so later patterns never run on an overlong value.
 */
export const maxChars = (max: number) =>
  z
    .string()
    .refine((s) => codePoints(s) <= max, {
      message: `must be at most ${max} characters`,
      abort: true,
    })
    .meta({ maxLength: max });

/** Trimmed text; the pattern (no control characters, not blank) is checked before trimming. */
export const textValue = (max: number) =>
  maxChars(max)
    .regex(TEXT_PATTERN, {
      error: (issue) =>
        CONTROL_CHARACTER.test(String(issue.input))
          ? 'must not contain control characters'
          : 'must not be empty',
    })
    .transform((s) => s.trim());

/** A whole number given as text; documented as the integer it reads as. */
export const intValue = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const boolValue = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');

export type ParsedParams = Map<string, unknown[]>;

/**
 * Validates every parameter against `specs`, collecting all problems (unknown names, repeats
 * of single-valued parameters, bad values) so the caller can fix them in one round trip.
 */
export function parseParams(search: URLSearchParams, specs: readonly ParamSpec[]): ParsedParams {
  const bySpec = new Map(specs.map((s) => [s.name, s]));
  const raw = new Map<string, string[]>();
  for (const [name, value] of search) raw.set(name, [...(raw.get(name) ?? []), value]);
  const errors: InvalidParam[] = [];
  const out: ParsedParams = new Map();
  for (const [name, values] of raw) {
    const spec = bySpec.get(name);
    const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
    if (!spec) {
      errors.push({ name: shown, reason: 'unknown parameter' });
      continue;
    }
    if (!spec.repeatable && values.length > 1) {
      errors.push({ name, reason: 'may be given only once' });
      continue;
    }
    if (values.length > MAX_REPEATS) {
      errors.push({ name, reason: `may be repeated at most ${MAX_REPEATS} times` });
      continue;
    }
    const parsed: unknown[] = [];
    for (const value of values) {
      const result = spec.schema.safeParse(value);
      if (result.success) parsed.push(result.data);
      else errors.push({ name, reason: result.error.issues[0]?.message ?? 'invalid value' });
    }
    out.set(name, parsed);
  }
  for (const spec of specs) {
    if (spec.required && !raw.has(spec.name))
      errors.push({ name: spec.name, reason: 'is required' });
  }
  if (errors.length > 0) throw invalidParams(errors);
  return out;
}

export function one<T>(params: ParsedParams, name: string): T | undefined {
  return params.get(name)?.[0] as T | undefined;
}

export function many<T>(params: ParsedParams, name: string): T[] {
  return (params.get(name) ?? []) as T[];
}
