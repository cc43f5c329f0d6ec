import { describe, expect, it } from 'vitest';
import { isPhoneCountry, normalizePhoneInCountries } from './phones.js';

describe('normalizePhoneInCountries', () => {
  it('accepts a national number valid in exactly one of the countries', () => {
    expect(normalizePhoneInCountries('0887 123 456', ['RU', 'BG'])).toMatchObject({ ok: true, e164: '+359887123456', country: 'BG' });
    expect(normalizePhoneInCountries('8 912 345-67-89', ['BG', 'RU'])).toMatchObject({ ok: true, e164: '+79123456789', country: 'RU' });
    expect(normalizePhoneInCountries('07911 123456', ['RU', 'BG', 'GB'])).toMatchObject({ ok: true, e164: '+447911123456' });
  });

  it('refuses in one country what another country of the list reads', () => {
    expect(normalizePhoneInCountries('0887 123 456', ['RU'])).toEqual({ ok: false, reason: 'invalid' });
  });

  it('answers every reading, in the order of the countries, when the number is valid in several', () => {
    const result = normalizePhoneInCountries('0887 123 456', ['BG', 'FR']);
    expect(result).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(result.ok === false && result.reason === 'ambiguous' ? result.candidates.map((c) => [c.country, c.e164]) : []).toEqual([
      ['BG', '+359887123456'],
      ['FR', '+33887123456'],
    ]);
  });

  it('reads an international number as it says, whatever the countries', () => {
    expect(normalizePhoneInCountries('+359 887 123 456', ['BG', 'FR'])).toMatchObject({ ok: true, e164: '+359887123456' });
    expect(normalizePhoneInCountries('00 33 887 123 456', ['BG', 'FR'])).toMatchObject({ ok: true, e164: '+33887123456' });
  });

  it("keeps the first country's failure when no country reads the number", () => {
    expect(normalizePhoneInCountries('12', ['RU', 'BG'])).toEqual({ ok: false, reason: 'too_short' });
    expect(normalizePhoneInCountries('звоните', ['RU', 'BG'])).toEqual({ ok: false, reason: 'invalid' });
  });

  it('knows phone countries by upper-case ISO code only', () => {
    expect([isPhoneCountry('BG'), isPhoneCountry('RU'), isPhoneCountry('XX'), isPhoneCountry('bg'), isPhoneCountry('BGR')]).toEqual([true, true, false, false, false]);
  });
});
