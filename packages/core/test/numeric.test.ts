import { describe, expect, it } from 'vitest';
import { addCompensated } from '../src/numeric';

describe('addCompensated', () => {
  it('keeps the small addends plain addition loses', () => {
    const state = new Float64Array(2);
    addCompensated(state, 0, 1e16);
    addCompensated(state, 0, 1);
    expect(1e16 + 1 + 1).toBe(1e16);
    expect(addCompensated(state, 0, 1)).toBe(10000000000000002);
  });

  it('returns Infinity, not NaN, once the sum overflows', () => {
    const state = new Float64Array(2);
    addCompensated(state, 0, 1e308);
    expect(addCompensated(state, 0, 1e308)).toBe(Number.POSITIVE_INFINITY);
    expect(addCompensated(state, 0, 1)).toBe(Number.POSITIVE_INFINITY);
  });
});
