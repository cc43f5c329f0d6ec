import fc from 'fast-check';
import { INHERITED_NAMES, longStrings, NUMBER_LIKE, ODD_NUMBERS, ODD_TEXT, STRUCTURED, WRONG_TYPES } from './adversarial.js';

/** A JSON Schema node as the OpenAPI document holds it (zod's output: 2020-12 keywords). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** What the generators know about the workspace under test: ids of real records, versions in use. */
export interface FuzzContext {
  ids: string[];
  /** Mix adversarial values and unknown keys into the generated values (else: values the schema accepts, mostly). */
  hostile?: boolean;
}

const MAX_DEPTH = 5;

/** Any adversarial value: dictionary strings, number-like strings, long strings, odd numbers, wrong types, inherited names. */
export function adversarial(ctx: FuzzContext): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(...ODD_TEXT, ...NUMBER_LIKE, ...STRUCTURED, ...INHERITED_NAMES),
    fc.constantFrom<unknown>(...longStrings()),
    fc.constantFrom<unknown>(...ODD_NUMBERS, ...WRONG_TYPES),
    ctx.ids.length ? fc.constantFrom<unknown>(...ctx.ids) : fc.uuid(),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
}

function patternString(pattern: string): fc.Arbitrary<string> | null {
  try {
    return fc.stringMatching(new RegExp(pattern)).filter((s) => s.length <= 300);
  } catch {
    return null;
  }
}

function stringArb(schema: JsonSchema, key: string, ctx: FuzzContext): fc.Arbitrary<unknown> {
  if (/id$/i.test(key) && ctx.ids.length) return fc.oneof(fc.constantFrom(...ctx.ids), fc.uuid());
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'date-time') return fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.pattern) {
    const matching = patternString(schema.pattern);
    if (matching) return matching;
  }
  if (/birthday|On$|From$|To$|date/i.test(key)) return fc.date({ min: new Date('1850-01-01'), max: new Date('3000-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const maxLength = Math.min(schema.maxLength ?? 40, 40);
  return fc.string({ minLength: Math.max(1, Math.min(schema.minLength ?? 1, maxLength)), maxLength, unit: fc.constantFrom(...'abcxyzАБВабв0123_.-@'.split('')) })
    .map((text) => (ctx.hostile ? text : `${text} x`.trim().slice(0, maxLength)));
}

function numberArb(schema: JsonSchema, key: string, integer: boolean): fc.Arbitrary<unknown> {
  if (key === 'version') return fc.constantFrom(1, 1, 2, 3, 999_999);
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -5);
  const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000), min + 10_000);
  return integer ? fc.integer({ min, max: Math.max(min, max) }) : fc.double({ min, max: Math.max(min, max), noNaN: true });
}

function objectArb(schema: JsonSchema, ctx: FuzzContext, depth: number): fc.Arbitrary<unknown> {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {}).map(([key, child]) => {
    const value = arbitraryFor(child, ctx, depth + 1, key);
    return required.has(key) ? fc.tuple(fc.constant(key), value) : fc.option(fc.tuple(fc.constant(key), value), { freq: 2 });
  });
  const extra = !ctx.hostile ? fc.constant([] as Array<[string, unknown]>) : schema.additionalProperties && typeof schema.additionalProperties === 'object'
    ? fc.array(fc.tuple(fc.oneof(fc.constantFrom('level', 'source_id', 'x'), fc.constantFrom(...INHERITED_NAMES)), arbitraryFor(schema.additionalProperties, ctx, depth + 1, 'value')), { maxLength: 3 })
    : fc.option(fc.tuple(fc.constantFrom<string>('unknownField', ...INHERITED_NAMES), adversarial(ctx)), { freq: 8 }).map((e) => (e ? [e] : []));
  return fc.tuple(fc.tuple(...entries), extra).map(([own, more]) => {
    // No prototype: a generated `__proto__` key stays a key and reaches the JSON text.
    const out = Object.create(null) as Record<string, unknown>;
    for (const entry of [...own, ...more]) if (entry) out[entry[0]] = entry[1];
    return out;
  });
}

function typedArb(schema: JsonSchema, type: string, ctx: FuzzContext, depth: number, key: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string': return stringArb(schema, key, ctx);
    case 'integer': return numberArb(schema, key, true);
    case 'number': return numberArb(schema, key, false);
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}, ctx, depth + 1, key), { minLength: Math.min(schema.minItems ?? 0, 3), maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'object': return objectArb(schema, ctx, depth);
    default: return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * Values for a schema: mostly valid ones built from its keywords, often enough one from the
 * adversarial dictionary at any depth (wrong types, unknown enum values, inherited names, NUL).
 */
export function arbitraryFor(schema: JsonSchema, ctx: FuzzContext, depth = 0, key = ''): fc.Arbitrary<unknown> {
  if (!ctx.hostile) return validArbitrary(schema, ctx, depth, key);
  return fc.oneof({ weight: 7, arbitrary: validArbitrary(schema, ctx, depth, key) }, { weight: 1, arbitrary: adversarial(ctx) });
}

function validArbitrary(schema: JsonSchema, ctx: FuzzContext, depth: number, key: string): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return ctx.hostile ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: fc.constant('zzz_unknown') }) : fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length) return fc.oneof(...union.map((s) => validArbitrary(s, ctx, depth, key)));
  if (schema.allOf?.length) return validArbitrary(Object.assign({}, ...schema.allOf), ctx, depth, key);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((t) => typedArb(schema, t, ctx, depth, key)));
  if (schema.type) return typedArb(schema, schema.type, ctx, depth, key);
  if (schema.properties) return objectArb(schema, ctx, depth);
  return fc.oneof(fc.jsonValue({ maxDepth: 2 }), adversarial(ctx));
}
