import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';

export type Json = Record<string, unknown>;

const ajv = new Ajv2020({ strict: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** A query value as an OpenAPI client reads it: integer schemas take whole numbers as text. */
function deserialize(schema: Json, raw: string): unknown {
  return schema.type === 'integer' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
}

/** Whether `raw` is a valid value of `schema` according to the JSON Schema alone (Ajv). */
export function schemaAccepts(schema: Json, raw: string): boolean {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) compiled.set(key, (validate = ajv.compile(schema)));
  return validate(deserialize(schema, raw)) === true;
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);

/**
 * Short text in any script, and text at the length limit in ASCII: long CJK text is slow for
 * Meilisearch's facet queries, which tests the engine, not the contract (docs/decisions.md).
 */
function anyText(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({
      unit: 'grapheme-ascii',
      minLength: Math.max(0, maxLength - 2),
      maxLength: maxLength + 2,
    }),
  );
}

/** Values the schema accepts: drawn from its enum, range or pattern, and checked by Ajv. */
export function validValue(schema: Json): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum.map(String));
  if (schema.type === 'integer') {
    const min = num(schema.minimum, -1e9);
    const max = num(schema.maximum, 1e9);
    return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max)).map(String);
  }
  const max = num(schema.maxLength, 40);
  const drawn =
    typeof schema.pattern === 'string'
      ? fc.oneof(fc.stringMatching(new RegExp(schema.pattern, 'u')), anyText(max))
      : anyText(max);
  return drawn.filter((v) => schemaAccepts(schema, v));
}

/** Values the schema refuses: out of range, off the pattern or enum, too long, not a number. */
export function invalidValue(schema: Json): fc.Arbitrary<string> {
  const max = num(schema.maxLength, 40);
  const near: fc.Arbitrary<string>[] = [
    fc.constantFrom('', ' ', '\u0000', 'x\ny', '-1', '1.5', '1e3', '0x10', 'bogus', 'EN'),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: 'grapheme-ascii', minLength: max + 1, maxLength: max + 8 }),
    // One character inserted into a valid value: "FR" → "FxR", "2024-12" → "2024-1!2".
    fc
      .tuple(
        validValue(schema),
        fc.nat(),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
      )
      .map(
        ([v, at, extra]) => v.slice(0, at % (v.length + 1)) + extra + v.slice(at % (v.length + 1)),
      ),
  ];
  if (schema.type === 'integer') {
    const min = num(schema.minimum, -1e9);
    const maxInt = num(schema.maximum, 1e9);
    near.push(fc.integer({ min: min - 1e6, max: min - 1 }).map(String));
    near.push(fc.integer({ min: maxInt + 1, max: maxInt + 1e6 }).map(String));
  }
  return fc.oneof(...near).filter((v) => !schemaAccepts(schema, v));
}

/** Whether some string breaks the schema (a bare string schema takes anything). */
export function canBeInvalid(schema: Json): boolean {
  return (
    schema.type !== 'string' ||
    ['enum', 'pattern', 'maxLength', 'minLength'].some((k) => k in schema)
  );
}
