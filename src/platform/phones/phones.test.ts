import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone, phoneQueryDigits, phoneSearchKeys, telUri } from './phones.js';

const IVAN = '+79123456789';
const PETAR = '+359888123456';

describe('normalizePhone', () => {
  it.each([
    ['+7 (912) 345-67-89', 'RU', IVAN],
    ['8 912 345 6789', 'RU', IVAN],
    ['8(912)3456789', 'RU', IVAN],
    ['9123456789', 'RU', IVAN],
    ['+7 912 345 67 89', 'BG', IVAN],
    ['8 10 359 888 123 456', 'RU', PETAR],
    ['00359 888 123 456', 'RU', PETAR],
    ['00359888123456', 'BG', PETAR],
    ['0888 123 456', 'BG', PETAR],
    ['+359 888 123 456', 'BG', PETAR],
    ['+359 888 123 456', 'RU', PETAR],
    ['+359 (88) 812-34-56', 'RU', PETAR],
    ['02 123 4567', 'BG', '+35921234567'],
    ['8 (495) 123-45-67', 'RU', '+74951234567'],
    ['＋７ ９１２ ３４５ ６７ ８９', 'RU', IVAN],
    ['+7\u00a0912\u2011345\u201267\u201389', 'RU', IVAN],
    ['9123456789', 'ru', IVAN],
  ])('reads %s (default %s) as %s', (input, country, e164) => {
    const phone = normalizePhone(input, country);
    expect(phone).toMatchObject({ ok: true, e164 });
  });

  it('reports country, national number and line type', () => {
    expect(normalizePhone('8 912 345 6789', 'RU')).toEqual({
      ok: true, e164: IVAN, country: 'RU', nationalNumber: '9123456789', type: 'MOBILE',
    });
    expect(normalizePhone('0888 123 456', 'BG')).toEqual({
      ok: true, e164: PETAR, country: 'BG', nationalNumber: '888123456', type: 'MOBILE',
    });
    expect(normalizePhone('02 123 4567', 'BG')).toMatchObject({ type: 'FIXED_LINE', nationalNumber: '21234567' });
  });

  it.each([
    ['+7 912 345-67-89 доб. 123', '123'],
    ['+7 912 345-67-89, доб 123', '123'],
    ['8 912 345 67 89 ext. 12', '12'],
    ['8 912 345 67 89 EXT 12', '12'],
    ['8 912 345 67 89 x12', '12'],
    ['8 912 345 67 89 #7', '7'],
    ['8 912 345 67 89 вн. 45', '45'],
  ])('keeps the extension of %s apart', (input, ext) => {
    expect(normalizePhone(input, 'RU')).toMatchObject({ ok: true, e164: IVAN, ext });
  });

  it('reads a Bulgarian extension', () => {
    expect(normalizePhone('02 123 4567 вътр. 5', 'BG')).toMatchObject({ ok: true, e164: '+35921234567', ext: '5' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12', 'too_short'],
    ['+7 912', 'too_short'],
    ['+7 912 345 67 8', 'too_short'],
    ['8 912 345 6789 0000000', 'too_long'],
    ['+359 888 123 456 789 012 34', 'too_long'],
    ['abc', 'invalid'],
    ['x12', 'invalid'],
    ['phone 9123456789', 'invalid'],
    ['+7912345678a', 'invalid'],
    ['89l2345678', 'invalid'],
    ['+7 912 +345 67 89', 'invalid'],
    ['+7 012 345 67 89', 'invalid'],
    ['n/a', 'invalid'],
  ])('rejects %j as %s', (input, reason) => {
    expect(normalizePhone(input, 'RU')).toEqual({ ok: false, reason });
  });

  it('reads only international numbers when the default country is unknown', () => {
    expect(normalizePhone('+7 912 345 67 89', 'XX')).toMatchObject({ ok: true, e164: IVAN });
    expect(normalizePhone('9123456789', 'XX')).toMatchObject({ ok: false });
  });
});

describe('formatPhone', () => {
  it.each([
    [IVAN, 'RU', '8 (912) 345-67-89'],
    [IVAN, 'ru', '8 (912) 345-67-89'],
    [IVAN, 'BG', '+7 912 345 67 89'],
    [PETAR, 'BG', '088 812 3456'],
    [PETAR, 'RU', '+359 88 812 3456'],
    ['+35921234567', 'BG', '02 123 4567'],
    ['+35921234567', 'US', '+359 2 123 4567'],
  ])('formats %s for a viewer in %s as %s', (e164, viewer, shown) => {
    expect(formatPhone(e164, viewer)).toBe(shown);
  });

  it('shows unparseable stored values as they are', () => {
    expect(formatPhone('not a phone', 'RU')).toBe('not a phone');
  });
});

describe('telUri', () => {
  it('links the E.164 digits', () => {
    expect(telUri(IVAN)).toBe('tel:+79123456789');
    expect(telUri('+7 912 345-67-89')).toBe('tel:+79123456789');
  });
});

describe('phoneSearchKeys', () => {
  it('stores the E.164 digits and the national significant number', () => {
    expect(phoneSearchKeys('+7 (912) 345-67-89', 'RU')).toEqual(['79123456789', '9123456789']);
    expect(phoneSearchKeys('0888 123 456', 'BG')).toEqual(['359888123456', '888123456']);
  });

  it('gives every format of one number the same keys', () => {
    const ru = ['+7 (912) 345-67-89', '8 912 345 6789', '9123456789', '+7 912 345-67-89 доб. 123'].map((p) => phoneSearchKeys(p, 'RU'));
    for (const keys of ru) expect(keys).toEqual(ru[0]);
    const bg = [['0888 123 456', 'BG'], ['+359 888 123 456', 'BG'], ['00359 888 123 456', 'RU'], ['8 10 359 888 123 456', 'RU']] as const;
    const bgKeys = bg.map(([p, c]) => phoneSearchKeys(p, c));
    for (const keys of bgKeys) expect(keys).toEqual(bgKeys[0]);
  });

  it('keeps the bare digits of a number it cannot read, and nothing for no digits', () => {
    expect(phoneSearchKeys('12-34', 'RU')).toEqual(['1234']);
    expect(phoneSearchKeys('n/a', 'RU')).toEqual([]);
  });
});

describe('phoneQueryDigits', () => {
  it.each([
    ['+7 (912) 345-67-89', 'RU', ['79123456789', '9123456789']],
    ['8 912 345 6789', 'RU', ['79123456789', '9123456789']],
    ['9123456789', 'RU', ['79123456789', '9123456789']],
    ['8 912 34', 'RU', ['891234', '91234']],
    ['812 12', 'RU', ['81212', '1212']],
    ['0888 12', 'BG', ['088812', '88812']],
    ['+7 912', 'RU', ['7912']],
    ['+359 88', 'RU', ['35988']],
    ['00359 88', 'RU', ['35988']],
    ['810 359 88', 'RU', ['35988']],
    ['912-34', 'RU', ['91234']],
    ['hello', 'RU', []],
  ] as const)('looks up %s (default %s) as %j', (query, country, digits) => {
    expect(phoneQueryDigits(query, country)).toEqual(digits);
  });

  it('keeps a leading 8 or 0 without a default country', () => {
    expect(phoneQueryDigits('8 912 345')).toEqual(['8912345']);
    expect(phoneQueryDigits('0888 123')).toEqual(['0888123']);
  });

  it('finds a stored number from any typed format', () => {
    const stored = phoneSearchKeys('+7 (912) 345-67-89', 'RU');
    for (const query of ['8 912 345 6789', '+7 912 345', '912 345 67', '8 (912) 345', '79123']) {
      const digits = phoneQueryDigits(query, 'RU');
      expect(digits.some((d) => stored.some((key) => key.includes(d))), query).toBe(true);
    }
  });
});
