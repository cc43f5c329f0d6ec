import { EventEmitter } from 'node:events';
import type { FastifyInstance } from 'fastify';
import { AppError, type FieldErrors } from '../../platform/errors.js';

/** Keys that would reach an object's prototype when copied into a plain object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** No API input nests deeper; a deeper one is an attack on recursive code, refused before it runs. */
export const MAX_INPUT_DEPTH = 32;

interface Pending {
  value: unknown;
  path: string;
  depth: number;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * Walks a parsed input (query, params or JSON body) without recursion and collects what no
 * service may see: NUL characters in any string or key (`invalid_characters`), keys that name an
 * object's prototype (`forbidden_name`) and nesting beyond MAX_INPUT_DEPTH (`too_deep`).
 */
export function inspectInput(input: unknown, fields: FieldErrors = Object.create(null) as FieldErrors, base = ''): FieldErrors {
  const stack: Pending[] = [{ value: input, path: base, depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) fields[path || '_'] ??= 'invalid_characters';
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    // An upload's body is the request stream itself, whose object graph (socket, server, circular)
    // is no input and would never end; bytes and dates hold no keys.
    if (value instanceof EventEmitter || ArrayBuffer.isView(value) || value instanceof Date) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      fields[path || '_'] ??= 'too_deep';
      continue;
    }
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    // Object.entries skips nothing JSON.parse made: an own `__proto__` key is listed like any other.
    for (const [key, child] of entries) {
      const childPath = join(path, key);
      if (FORBIDDEN_KEYS.has(key)) fields[childPath] ??= 'forbidden_name';
      else if (key.includes('\u0000')) fields[childPath] ??= 'invalid_characters';
      else stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return fields;
}

function describe(fields: FieldErrors): string {
  const codes = new Set(Object.values(fields));
  if (codes.has('forbidden_name')) return 'Names __proto__, constructor and prototype are not accepted as fields or keys';
  if (codes.has('invalid_characters')) return 'Text must not contain NUL characters (U+0000)';
  return `Input nests deeper than ${MAX_INPUT_DEPTH} levels`;
}

/**
 * One guard in front of every route's validation: query, path parameters and JSON body are
 * inspected by `inspectInput`; anything found answers 400 `validation_failed` naming the fields.
 * JSON bodies are parsed with prototype keys kept as data (Fastify's `onProtoPoisoning: 'ignore'`)
 * so that this guard, not the JSON parser, refuses them and can say which field it was.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const fields = Object.create(null) as FieldErrors;
    inspectInput(request.params, fields);
    inspectInput(request.query, fields);
    inspectInput(request.body, fields);
    if (Object.keys(fields).length) throw new AppError('validation_failed', describe(fields), fields);
  });
}
