import { describe, expect, it } from 'vitest';
import { runRate } from './plan-fact.service.js';

describe('run-rate forecast', () => {
  const start = '2025-11-30T22:00:00.000Z';
  const end = '2025-12-31T22:00:00.000Z';
  it('carries the pace so far to the end of the period', () => {
    // 16 of 31 days gone.
    expect(runRate(160_000, start, end, Date.parse('2025-12-16T22:00:00.000Z'))).toBe(310_000);
    expect(runRate(5, start, end, Date.parse('2025-12-16T22:00:00.000Z'))).toBe(10);
  });
  it('is the fact itself once the period is over or before it begins', () => {
    expect(runRate(160_000, start, end, Date.parse(end))).toBe(160_000);
    expect(runRate(0, start, end, Date.parse('2025-11-01T00:00:00.000Z'))).toBe(0);
  });
});
