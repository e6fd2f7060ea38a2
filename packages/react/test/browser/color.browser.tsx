import { describe, expect, it } from 'vitest';
import { fontStack, plainColor } from '../../src/export/color';

describe('plainColor in Chromium', () => {
  it('writes rgb() and color(srgb …) exactly as #rrggbb', () => {
    expect(plainColor('rgb(0, 114, 178)')).toBe('#0072b2');
    expect(plainColor('color(srgb 0 0.447059 0.698039)')).toBe('#0072b2');
  });

  it('keeps translucency as rgba() and drops a fully transparent colour', () => {
    expect(plainColor('rgba(29, 33, 39, 0.14)')).toBe('rgba(29, 33, 39, 0.14)');
    expect(plainColor('color(srgb 1 0 0 / 0.5)')).toBe('rgba(255, 0, 0, 0.5)');
    expect(plainColor('rgba(0, 0, 0, 0)')).toBe('none');
  });

  it('converts oklch() and other colour spaces to sRGB through a canvas', () => {
    expect(plainColor('oklch(0.646 0.222 41.116)')).toMatch(/^#[0-9a-f]{6}$/);
    expect(plainColor('oklch(0.628 0.2577 29.23)')).toBe('#ff0000');
    expect(plainColor(getComputedStyle(document.body).color)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('leaves paints that are not colours alone', () => {
    for (const paint of ['none', 'url("#gradient")', 'context-stroke']) expect(plainColor(paint)).toBe(paint);
  });
});

describe('fontStack', () => {
  it('ends a stack without a generic family in sans-serif', () => {
    expect(fontStack('Inter')).toBe('Inter, sans-serif');
    expect(fontStack('Georgia, serif')).toBe('Georgia, serif');
    expect(fontStack('system-ui, -apple-system, "Segoe UI"')).toBe('system-ui, -apple-system, "Segoe UI"');
    expect(fontStack('')).toBe('sans-serif');
  });
});
