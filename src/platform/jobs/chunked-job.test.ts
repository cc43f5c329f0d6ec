import { describe, expect, it } from 'vitest';
import { CHUNK_SIZES, CHUNK_TARGET_MS, nextChunkSize } from './chunked-job.js';

describe('the size of the next chunk', () => {
  it('fits the target time at the last pace, changing by at most half or double, within bounds', () => {
    // 200 items in 50 ms: 100 fit in 25 ms.
    expect(nextChunkSize(200, 200, CHUNK_TARGET_MS * 2)).toBe(100);
    // Very slow: halves, never below the minimum.
    expect(nextChunkSize(200, 200, 10_000)).toBe(100);
    expect(nextChunkSize(CHUNK_SIZES.min, CHUNK_SIZES.min, 10_000)).toBe(CHUNK_SIZES.min);
    // Very fast: doubles, never above the maximum.
    expect(nextChunkSize(200, 200, 1)).toBe(400);
    expect(nextChunkSize(CHUNK_SIZES.max, CHUNK_SIZES.max, 1)).toBe(CHUNK_SIZES.max);
    // A chunk that did nothing (the end, or all skipped) keeps the size.
    expect(nextChunkSize(300, 0, 5)).toBe(300);
  });
});
