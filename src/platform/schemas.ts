import { z } from 'zod';
import { COUNTRY_CODES, CURRENCY_CODES, LANGUAGE_CODES } from './iso-codes.js';

/** A UUID in any version (ids are UUIDv7 made by the app). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** An id field; a malformed one is refused (`invalid_id`) before it reaches a PostgreSQL `uuid` column. */
export const uuidSchema = z.string().regex(UUID_PATTERN, 'invalid_id');

/** `/:id` path parameters. */
export const idParams = z.strictObject({ id: uuidSchema });

// Control (Cc), format (Cf: zero-width space, joiners, BOM, bidi marks, soft hyphen) and line/paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const CONTROL_LINE = /\p{Cc}/u;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/** True when something visible remains after removing control and zero-width characters and spaces. */
export function hasVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, '').trim() !== '';
}

/** True when the text holds a control character (tab and line breaks allowed when multiline). */
export function hasControlCharacters(value: string, multiline = false): boolean {
  return (multiline ? CONTROL_MULTILINE : CONTROL_LINE).test(value);
}

export interface TextOptions {
  /** Line breaks and tabs are kept (notes, descriptions). */
  multiline?: boolean;
}

/**
 * A required text: trimmed, at most `max` characters, with something visible in it (`required`
 * when only spaces, control or zero-width characters), and no control characters
 * (`invalid_characters`).
 */
export function requiredText(max: number, options: TextOptions = {}) {
  return z
    .string()
    .trim()
    .max(max, 'too_long')
    .refine(hasVisibleText, 'required')
    .refine((v) => !hasControlCharacters(v, options.multiline), 'invalid_characters');
}

/**
 * An optional text: `null` or blank clears it; a non-blank value must hold something visible and
 * no control characters (`invalid_characters`).
 */
export function optionalText(max: number, options: TextOptions = {}) {
  return z
    .string()
    .trim()
    .max(max, 'too_long')
    .refine((v) => v === '' || hasVisibleText(v), 'invalid_characters')
    .refine((v) => !hasControlCharacters(v, options.multiline), 'invalid_characters')
    .nullable()
    .optional();
}

/** Digits only: refuses `0x10`, `1e0`, ` 5`, `+5`, `5.0`, which `Number()` would read. */
export const QUERY_INT_PATTERN = /^[0-9]{1,15}$/;

/** A whole number in a query string, strictly decimal digits, within bounds (`invalid_type`, `too_small`, `too_large`). */
export function queryInt(min: number, max: number) {
  return z
    .string()
    .regex(QUERY_INT_PATTERN, 'invalid_type')
    .transform(Number)
    .pipe(z.number().int().min(min, 'too_small').max(max, 'too_large'));
}

/** A record version in a query string (`?version=3`). */
export const queryVersion = queryInt(1, Number.MAX_SAFE_INTEGER);

/** ISO 3166-1 alpha-2 country code; lower case is accepted and stored upper case (`invalid_country`). */
export const countryCode = z.string().trim().toUpperCase().refine((v) => COUNTRY_CODES.has(v), 'invalid_country');

/** ISO 4217 currency code; lower case is accepted and stored upper case (`invalid_currency`). */
export const currencyCode = z.string().trim().toUpperCase().refine((v) => CURRENCY_CODES.has(v), 'invalid_currency');

/** ISO 639-1 language code, lower case (`invalid_language`). */
export const languageCode = z.string().trim().toLowerCase().refine((v) => LANGUAGE_CODES.has(v), 'invalid_language');

/** True for `YYYY-MM-DD` naming a day that exists. */
export function isRealDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === value;
}

export interface DayRange {
  /** Earliest day accepted (default 1900-01-01). */
  min?: string;
  /** Latest day accepted (default 2199-12-31). */
  max?: string;
  /** No day after today (birthdays); today is taken in the easternmost zone, UTC+14. */
  notFuture?: boolean;
}

function latestToday(): string {
  return new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);
}

/**
 * An optional day, `YYYY-MM-DD`, real and plausible: blank or null clears it; otherwise
 * `invalid_date` for a malformed or impossible day, `too_early` / `too_late` outside the range
 * (`notFuture`: not after today).
 */
export function optionalDay(range: DayRange = {}) {
  const min = range.min ?? '1900-01-01';
  const max = range.max ?? '2199-12-31';
  return z
    .string()
    .trim()
    .max(10, 'invalid_date')
    .refine((v) => v === '' || isRealDay(v), 'invalid_date')
    .refine((v) => v === '' || !isRealDay(v) || v >= min, 'too_early')
    .refine((v) => v === '' || !isRealDay(v) || (v <= max && (!range.notFuture || v <= latestToday())), 'too_late')
    .nullable()
    .optional();
}

/** Names that are properties of every object; never valid as a field, sort, column or key name. */
export function isInheritedName(name: string): boolean {
  return name in Object.prototype || name === '__proto__' || name === 'prototype';
}

/**
 * A field, column or sort name chosen by a user: trimmed, 1-100 characters, and never an
 * inherited property name (`invalid_field`), so it is safe to look up even in a plain object.
 */
export const fieldNameSchema = z
  .string()
  .trim()
  .min(1, 'required')
  .max(100, 'too_long')
  .refine((v) => !isInheritedName(v), 'invalid_field');

/** The answer of a route that answers 204: no body (OpenAPI shows no content). */
export const noContent = z.null().describe('No content');
