/** Values that broke, or could break, an API: the fuzzer mixes them into every generated field. */

/** Names every JavaScript object inherits, and the keys that reach a prototype. */
export const INHERITED_NAMES = [
  'constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__',
] as const;

/** Strings with NUL, control, zero-width and other troublesome characters. */
export const ODD_TEXT = [
  '', ' ', '\u0000', 'ab\u0000cd', '\u0001\u0002', '\u0007', '\u200b', '\u200b\u200c\u200d\ufeff', '\u2028', '\u00ad',
  '\u202e', '\ud800', '\t\n\r', '"', "'", '\\', '%', '_', '*', '"*"', 'NEAR(a b)', 'a OR b', '-', '--', ';',
  "'; DROP TABLE contacts; --", '../../etc/passwd', '<script>alert(1)</script>', '${7*7}', '{{7*7}}',
  'Иван Петров', 'Мария-Елена', '😀', '👩‍👩‍👧', 'ǅ', 'İ', 'ß', 'null', 'undefined', 'true', 'NaN', 'Infinity',
] as const;

/** Strings that look like numbers to a lax parser. */
export const NUMBER_LIKE = ['0x10', '1e0', '1e400', ' 5', '5 ', '+5', '-1', '0', '00', '5.0', '9007199254740993', '1_000', '١٢'] as const;

/** Values that look like dates, ids and list parameters. */
export const STRUCTURED = [
  '2999-01-01', '1899-12-31', '0000-00-00', '2024-02-30', '2024-13-01', '2026-12-07T25:00:00Z', '2026-12-07T10:00:00+99:00',
  '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'not-an-id',
  'custom.nope', '-custom.nope', 'custom.', 'custom.__proto__', '-name', 'zzz', 'me', 'me,me', ',', ',,,',
  'ZZ', 'ZZZZ', 'zz', 'XXX', 'EUR', 'bg',
  '[{"field":"constructor","op":"eq","value":1}]', '[{"field":"__proto__","op":"eq","value":1}]',
  '[{"field":"toString","op":"in","value":[1]}]', '[{"field":"custom.nope","op":"eq","value":1}]',
  '[{"field":"status","op":"zzz","value":1}]', '[{"field":"birthday","op":"gt","value":{"a":1}}]', '[', '{}', '[]', 'null',
] as const;

/** Numbers at and past the edges. */
export const ODD_NUMBERS = [0, -1, 1, 2, 2 ** 31, -(2 ** 31), 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1.5, -0.5, 1e308, 999_999] as const;

/** Values of the wrong type for anything. */
export const WRONG_TYPES: readonly unknown[] = [null, true, false, 0, '', [], {}, [null], { a: 1 }, ['x']];

/** Long strings: over every documented limit, and inside the documented 20,000-character filter. */
export function longStrings(): string[] {
  return ['x'.repeat(201), 'я'.repeat(1001), 'x'.repeat(20_001), '\u0000'.repeat(300), 'a,'.repeat(3000)];
}
