import { describe, expect, it } from 'vitest';
import { plotArea, resolveMargin } from '../../src/primitives/margin';

const defaults = { top: 16, right: 24, bottom: 44, left: 60 };

describe('resolveMargin', () => {
  it('merges the given sides over the defaults and keeps the defaults for undefined sides', () => {
    expect(resolveMargin(defaults, { left: 80, top: undefined })).toEqual({ ...defaults, left: 80 });
    expect(resolveMargin(defaults, undefined)).toBe(defaults);
  });
});

describe('plotArea', () => {
  it('is the chart inside its margins', () => {
    expect(plotArea(640, 360, defaults)).toEqual({ x0: 60, x1: 616, y0: 16, y1: 316 });
  });

  it('stays at least 1 px wide and high when the margins exceed the chart', () => {
    expect(plotArea(50, 40, defaults)).toEqual({ x0: 60, x1: 61, y0: 16, y1: 17 });
  });
});
