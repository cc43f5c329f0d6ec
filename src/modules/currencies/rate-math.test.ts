import { describe, expect, it } from 'vitest';
import { convertMinor, isPositiveRate, normalizeRate } from './rate-math.js';

describe('exchange-rate arithmetic', () => {
  it('converts minor units exactly between currencies of different precision, rounding half away from zero', () => {
    // 12.34 USD at 97.5 RUB = 1203.15 RUB
    expect(convertMinor(1234, 2, '97.5', 2)).toBe(120_315);
    // 1000 JPY (no minor unit) at 0.0061 EUR = 6.10 EUR
    expect(convertMinor(1000, 0, '0.0061', 2)).toBe(610);
    // 1.000 KWD (3 digits) at 3.0512 EUR = 3.05 EUR (3.0512 rounds down)
    expect(convertMinor(1000, 3, '3.0512', 2)).toBe(305);
    // 0.01 USD at 0.5 = 0.005 → 0.01 (half away from zero), and -0.01 → -0.01
    expect(convertMinor(1, 2, '0.5', 2)).toBe(1);
    expect(convertMinor(-1, 2, '0.5', 2)).toBe(-1);
    expect(convertMinor(1, 2, '0.4999999999', 2)).toBe(0);
    // Large sums stay exact: 90 trillion minor units at 1.9558.
    expect(convertMinor(9_000_000_000_000, 2, '1.9558', 2)).toBe(17_602_200_000_000);
    // Into a currency without minor units: 5.00 EUR at 161.25 JPY = 806.25 → 806
    expect(convertMinor(500, 2, '161.25', 0)).toBe(806);
  });

  it('normalizes rate texts and tells a zero rate', () => {
    expect(normalizeRate('097.5000')).toBe('97.5');
    expect(normalizeRate('1.0')).toBe('1');
    expect(normalizeRate('0.0100')).toBe('0.01');
    expect(isPositiveRate('0.000')).toBe(false);
    expect(isPositiveRate('0.0000000001')).toBe(true);
  });
});
