import 'server-only';
import { z } from 'zod';
import { CONTROL_CHARACTER, TEXT_PATTERN } from './param-patterns';
import { invalidParams, type InvalidParam } from './problem';

/**
 * One query parameter: validated by `schema` and documented in OpenAPI from the same object.
 * Declare it with `param()` so its name and value type reach the handler (`ParamValues`).
 */
export interface ParamSpec<S extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly description: string;
  readonly schema: S;
  readonly repeatable?: boolean;
  readonly required?: boolean;
  readonly example?: string;
  /** The value used when the parameter is absent, given as the raw text (or number) a client
   *  would send; parsed by `schema` and documented as the schema's `default`. */
  readonly default?: string | number;
}

/** Keeps the spec's literal name and flags, from which `ParamValues` types the parsed values. */
export const param = <const P extends ParamSpec>(spec: P): P => spec;

/** A parameter's parsed value: every value of a repeatable one, else its one value if any. */
export type ParamValue<P extends ParamSpec> = P extends { repeatable: true }
  ? z.output<P['schema']>[]
  : P extends { required: true } | { default: string | number }
    ? z.output<P['schema']>
    : z.output<P['schema']> | undefined;

/** The parsed parameters of a list of specs, by name: a name not in the list is a type error. */
export type ParamValues<P extends ParamSpec> = {
  readonly [K in P as K['name']]: ParamValue<K>;
};

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

/**
 * Validates every parameter against `specs`, collecting all problems (unknown names, repeats
 * of single-valued parameters, bad values) so the caller can fix them in one round trip.
 * Absent parameters read as their default, or as [] when repeatable.
 */
export function parseParams<const P extends ParamSpec>(
  search: URLSearchParams,
  specs: readonly P[],
): ParamValues<P> {
  const bySpec = new Map<string, ParamSpec>(specs.map((s) => [s.name, s]));
  const raw = new Map<string, string[]>();
  for (const [name, value] of search) raw.set(name, [...(raw.get(name) ?? []), value]);
  const errors: InvalidParam[] = [];
  const out: Record<string, unknown> = {};
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
    out[name] = spec.repeatable ? parsed : parsed[0];
  }
  for (const spec of specs) {
    if (raw.has(spec.name)) continue;
    if (spec.required) errors.push({ name: spec.name, reason: 'is required' });
    else if (spec.repeatable) out[spec.name] = [];
    else if (spec.default !== undefined) out[spec.name] = defaultOf(spec);
  }
  if (errors.length > 0) throw invalidParams(errors);
  // Built from exactly these specs, each value parsed by its spec's schema.
  return out as ParamValues<P>;
}

/** A spec's default, parsed as a client's value would be; a default its schema refuses is a bug. */
function defaultOf(spec: ParamSpec): unknown {
  return spec.schema.parse(String(spec.default));
}
