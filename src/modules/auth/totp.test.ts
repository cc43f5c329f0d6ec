import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, newTotpSecret, otpauthUrl, totp, totpStep } from './totp.js';

const RFC_SECRET = Buffer.from('12345678901234567890');

describe('base32 (RFC 4648 §10 test vectors)', () => {
  const vectors: [string, string][] = [
    ['', ''], ['f', 'MY======'], ['fo', 'MZXQ===='], ['foo', 'MZXW6==='], ['foob', 'MZXW6YQ='], ['fooba', 'MZXW6YTB'], ['foobar', 'MZXW6YTBOI======'],
  ];
  it.each(vectors)('encodes and decodes %j', (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain), { padding: true })).toBe(encoded);
    expect(base32Encode(Buffer.from(plain))).toBe(encoded.replace(/=+$/, ''));
    expect(base32Decode(encoded).toString()).toBe(plain);
  });

  it('forgives lower case and spaces, and refuses foreign characters', () => {
    expect(base32Decode('mzxw 6ytb oi').toString()).toBe('foobar');
    expect(() => base32Decode('MZ1W')).toThrow(/Invalid base32/);
  });

  it('makes 160-bit secrets', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
  });
});

describe('HOTP (RFC 4226 appendix D)', () => {
  const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
  it.each(expected.map((code, counter) => [counter, code]))('counter %i → %s', (counter, code) => {
    expect(hotp(RFC_SECRET, counter)).toBe(code);
  });
});

describe('TOTP (RFC 6238 appendix B, SHA-1)', () => {
  const vectors: [number, string][] = [
    [59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'], [1234567890, '89005924'], [2000000000, '69279037'], [20000000000, '65353130'],
  ];
  it.each(vectors)('at %i s → %s (8 digits)', (seconds, code) => {
    expect(totp(RFC_SECRET, seconds * 1000, 8)).toBe(code);
    // Six digits are the last six of the same truncation.
    expect(totp(RFC_SECRET, seconds * 1000)).toBe(code.slice(-6));
  });
});

describe('matching a typed code', () => {
  const secret = base32Encode(RFC_SECRET);
  const at = 1111111111 * 1000;

  it('accepts the current step and one either side, and answers which step matched', () => {
    const step = totpStep(at);
    expect(matchTotp(secret, totp(RFC_SECRET, at), at)).toBe(step);
    expect(matchTotp(secret, totp(RFC_SECRET, at - 30_000), at)).toBe(step - 1);
    expect(matchTotp(secret, ` ${totp(RFC_SECRET, at + 30_000).slice(0, 3)} ${totp(RFC_SECRET, at + 30_000).slice(3)} `, at)).toBe(step + 1);
    expect(matchTotp(secret, totp(RFC_SECRET, at - 60_000), at)).toBeNull();
    expect(matchTotp(secret, totp(RFC_SECRET, at + 60_000), at)).toBeNull();
  });

  it('refuses malformed codes and steps already used', () => {
    const step = totpStep(at);
    expect(matchTotp(secret, '12345', at)).toBeNull();
    expect(matchTotp(secret, 'abcdef', at)).toBeNull();
    expect(matchTotp(secret, totp(RFC_SECRET, at), at, step)).toBeNull();
    expect(matchTotp(secret, totp(RFC_SECRET, at - 30_000), at, step - 1)).toBeNull();
    expect(matchTotp(secret, totp(RFC_SECRET, at + 30_000), at, step)).toBe(step + 1);
  });

  it('builds the otpauth URL authenticator apps read', () => {
    const url = new URL(otpauthUrl('JBSWY3DPEHPK3PXP', 'mila@example.test'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/Kartoteka:mila@example.test');
    expect(Object.fromEntries(url.searchParams)).toEqual({ secret: 'JBSWY3DPEHPK3PXP', issuer: 'Kartoteka', algorithm: 'SHA1', digits: '6', period: '30' });
  });
});
