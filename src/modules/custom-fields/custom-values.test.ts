import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import type { CustomFieldDef } from './custom-field-def.js';
import type { CustomFieldType } from './custom-fields.table.js';
import { customCsvValue, customSearchTexts } from './custom-field-text.js';
import { customUserIds, prepareCustomValues } from './custom-values.js';
import { makeKey } from './field-key.js';

let n = 0;
function def(type: CustomFieldType, extra: Partial<CustomFieldDef> = {}): CustomFieldDef {
  const key = extra.key ?? `${type}_f`;
  return {
    id: `id-${++n}`, entityType: 'contact', key, label: key, type, options: [], required: false,
    defaultValue: null, helpText: null, position: n, retired: false, filterable: false, version: 1, ...extra,
  };
}

const colors = [{ key: 'red', label: 'Красный' }, { key: 'green', label: 'Green' }];
const DEFS = [
  def('text'), def('long_text'), def('number'), def('money'), def('date'), def('datetime'),
  def('select', { options: colors }), def('multi_select', { options: colors }), def('checkbox'),
  def('url'), def('phone'), def('email'), def('user'),
];

function fieldErrors(fn: () => unknown): Record<string, string> | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation_failed');
    return (error as AppError).fields;
  }
  throw new Error('expected a validation error');
}

describe('prepareCustomValues', () => {
  it('accepts a good value of every type and stores it normalized', () => {
    const out = prepareCustomValues(DEFS, {
      text_f: '  Привет  ',
      long_text_f: 'a\nb',
      number_f: -12.5,
      money_f: { amount: 1234, currency: 'eur' },
      date_f: '2024-02-29',
      datetime_f: '2026-03-01T10:00:00+03:00',
      select_f: 'red',
      multi_select_f: ['green', 'red', 'green'],
      checkbox_f: false,
      url_f: 'https://example.com/x?y=1',
      phone_f: '0888 123 456',
      email_f: ' ivan@example.bg ',
      user_f: '0190A0A0-0000-7000-8000-000000000001',
    }, null, 'BG');
    expect(out).toEqual({
      text_f: 'Привет',
      long_text_f: 'a\nb',
      number_f: -12.5,
      money_f: { amount: 1234, currency: 'EUR' },
      date_f: '2024-02-29',
      datetime_f: '2026-03-01T07:00:00.000Z',
      select_f: 'red',
      multi_select_f: ['green', 'red'],
      checkbox_f: false,
      url_f: 'https://example.com/x?y=1',
      phone_f: '0888 123 456',
      email_f: 'ivan@example.bg',
      user_f: '0190a0a0-0000-7000-8000-000000000001',
    });
  });

  it('names the problem of each bad value', () => {
    const errors = fieldErrors(() =>
      prepareCustomValues(DEFS, {
        text_f: 'x'.repeat(2001),
        long_text_f: 42,
        number_f: '12',
        money_f: { amount: 12.5, currency: 'EUR' },
        date_f: '2023-02-29',
        datetime_f: '2026-03-01 10:00',
        select_f: 'blue',
        multi_select_f: ['red', 'blue'],
        checkbox_f: 'yes',
        url_f: 'javascript:alert(1)',
        phone_f: '12',
        email_f: 'not-an-email',
        user_f: 'bob',
        nope: 1,
      }, null, 'BG'),
    );
    expect(errors).toEqual({
      'custom.text_f': 'too_long',
      'custom.long_text_f': 'invalid_type',
      'custom.number_f': 'invalid_type',
      'custom.money_f': 'invalid_money',
      'custom.date_f': 'invalid_date',
      'custom.datetime_f': 'invalid_datetime',
      'custom.select_f': 'invalid_option',
      'custom.multi_select_f': 'invalid_option',
      'custom.checkbox_f': 'invalid_type',
      'custom.url_f': 'invalid_url',
      'custom.phone_f': 'invalid_phone',
      'custom.email_f': 'invalid_email',
      'custom.user_f': 'invalid_user',
      'custom.nope': 'unknown_field',
    });
  });

  it('refuses more subtle bad values', () => {
    const cases: Array<[string, unknown, string]> = [
      ['money_f', { amount: 100, currency: 'EURO' }, 'invalid_money'],
      ['money_f', { amount: 100, currency: 'EUR', note: 1 }, 'invalid_money'],
      ['money_f', 100, 'invalid_type'],
      ['multi_select_f', 'red', 'invalid_type'],
      ['number_f', Number.NaN, 'invalid_type'],
      ['long_text_f', 'y'.repeat(20001), 'too_long'],
      ['url_f', 'ftp://example.com', 'invalid_url'],
      ['date_f', '2024-1-5', 'invalid_date'],
      ['datetime_f', '2026-02-30T10:00:00Z', 'invalid_datetime'],
    ];
    for (const [key, value, problem] of cases) {
      expect(fieldErrors(() => prepareCustomValues(DEFS, { [key]: value }, {})), key).toEqual({ [`custom.${key}`]: problem });
    }
  });

  it('reads phones without + only with a default country', () => {
    expect(prepareCustomValues(DEFS, { phone_f: '+7 912 345-67-89' }, {})).toEqual({ phone_f: '+7 912 345-67-89' });
    expect(fieldErrors(() => prepareCustomValues(DEFS, { phone_f: '8 912 345-67-89' }, {}))).toEqual({ 'custom.phone_f': 'invalid_phone' });
    expect(prepareCustomValues(DEFS, { phone_f: '8 912 345-67-89' }, {}, 'RU')).toEqual({ phone_f: '8 912 345-67-89' });
  });

  it('keeps previous values, merges input, clears with null or empty', () => {
    const previous = { text_f: 'old', number_f: 5, multi_select_f: ['red'] };
    const out = prepareCustomValues(DEFS, { text_f: null, number_f: 6, multi_select_f: [], email_f: '' }, previous);
    expect(out).toEqual({ number_f: 6 });
    expect(previous).toEqual({ text_f: 'old', number_f: 5, multi_select_f: ['red'] });
    expect(prepareCustomValues(DEFS, undefined, previous)).toEqual(previous);
  });

  it('applies defaults on create only, and only to keys the input leaves out', () => {
    const defs = [def('select', { key: 'stage', options: colors, defaultValue: 'green' }), def('number', { key: 'score', defaultValue: 10 })];
    expect(prepareCustomValues(defs, {}, null)).toEqual({ stage: 'green', score: 10 });
    expect(prepareCustomValues(defs, { stage: 'red', score: null }, null)).toEqual({ stage: 'red' });
    expect(prepareCustomValues(defs, {}, {})).toEqual({});
  });

  it('wants required fields on create and refuses emptying them later', () => {
    const defs = [def('text', { key: 'inn', required: true }), def('multi_select', { key: 'tags', required: true, options: colors })];
    expect(fieldErrors(() => prepareCustomValues(defs, { inn: '  ' }, null))).toEqual({ 'custom.inn': 'required', 'custom.tags': 'required' });
    expect(prepareCustomValues(defs, { inn: '77', tags: ['red'] }, null)).toEqual({ inn: '77', tags: ['red'] });
    // A record from before the field became required can still be edited without it...
    expect(prepareCustomValues(defs, { inn: '78' }, {})).toEqual({ inn: '78' });
    // ...but a value cannot be removed.
    expect(fieldErrors(() => prepareCustomValues(defs, { inn: null }, { inn: '77' }))).toEqual({ 'custom.inn': 'required' });
    expect(fieldErrors(() => prepareCustomValues(defs, { tags: [] }, { tags: ['red'] }))).toEqual({ 'custom.tags': 'required' });
    // A required field with a default is satisfied by it.
    expect(prepareCustomValues([def('number', { key: 'n', required: true, defaultValue: 1 })], {}, null)).toEqual({ n: 1 });
  });

  it('keeps a retired field value untouched and refuses to set it', () => {
    const defs = [def('text', { key: 'old', retired: true }), def('text', { key: 'now' })];
    const previous = { old: 'kept', now: 'a' };
    expect(prepareCustomValues(defs, { now: 'b' }, previous)).toEqual({ old: 'kept', now: 'b' });
    // A form that echoes the stored value back is not an attempt to set it.
    expect(prepareCustomValues(defs, { old: 'kept', now: 'c' }, previous)).toEqual({ old: 'kept', now: 'c' });
    expect(fieldErrors(() => prepareCustomValues(defs, { old: 'changed' }, previous))).toEqual({ 'custom.old': 'unknown_field' });
    expect(fieldErrors(() => prepareCustomValues(defs, { old: null }, previous))).toEqual({ 'custom.old': 'unknown_field' });
  });

  it('lists user ids to check', () => {
    const defs = [def('user', { key: 'a' }), def('user', { key: 'b' }), def('text', { key: 'c' })];
    expect(customUserIds(defs, { a: 'u1', b: 'u1', c: 'u2' })).toEqual(['u1']);
  });
});

describe('search texts and CSV cells', () => {
  it('gives search texts for text-like fields and option labels', () => {
    const custom = { text_f: 'Привет', number_f: 5, select_f: 'red', multi_select_f: ['green', 'gone'], email_f: 'a@b.bg', checkbox_f: true };
    expect(customSearchTexts(DEFS, custom)).toEqual(['Привет', 'Красный', 'Green', 'gone', 'a@b.bg']);
  });

  it('writes human-readable CSV cells', () => {
    const byKey = Object.fromEntries(DEFS.map((d) => [d.type, d]));
    expect(customCsvValue(byKey.money!, { amount: 1234, currency: 'EUR' })).toBe('12.34 EUR');
    expect(customCsvValue(byKey.money!, { amount: -5, currency: 'USD' })).toBe('-0.05 USD');
    expect(customCsvValue(byKey.money!, { amount: 1500, currency: 'JPY' })).toBe('1500 JPY');
    expect(customCsvValue(byKey.select!, 'red')).toBe('Красный');
    expect(customCsvValue(byKey.select!, 'removed')).toBe('removed');
    expect(customCsvValue(byKey.multi_select!, ['red', 'green'])).toBe('Красный; Green');
    expect(customCsvValue(byKey.checkbox!, true)).toBe('1');
    expect(customCsvValue(byKey.checkbox!, undefined)).toBe('0');
    expect(customCsvValue(byKey.number!, 3.5)).toBe('3.5');
    expect(customCsvValue(byKey.text!, undefined)).toBe('');
  });
});

describe('makeKey', () => {
  it('makes snake_case Latin keys, unique and at most 40 characters', () => {
    expect(makeKey('Дата договора', new Set())).toBe('data_dogovora');
    expect(makeKey('Щит', new Set(), 'bg')).toBe('shtit');
    expect(makeKey('Café Größe!', new Set())).toBe('cafe_grosse');
    expect(makeKey('2nd phone', new Set())).toBe('f_2nd_phone');
    expect(makeKey('!!!', new Set())).toBe('field');
    expect(makeKey('Source', new Set(['source', 'source_2']))).toBe('source_3');
    const long = makeKey('a'.repeat(60), new Set(['a'.repeat(40)]));
    expect(long).toBe(`${'a'.repeat(38)}_2`);
  });
});
