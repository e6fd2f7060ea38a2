import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OptionKeys } from '../src/primitives/useLayoutMemo';
import { useLayoutMemo } from '../src/primitives/useLayoutMemo';

interface Options {
  width: number;
  label?: string;
}
const KEYS: OptionKeys<Options> = { width: true, label: true };

describe('useLayoutMemo', () => {
  it('computes again only when the result or a named option changes, not for a new options object', () => {
    const compute = vi.fn((result: number[], options: Options) => ({ n: result.length, ...options }));
    const result = [1, 2, 3];
    type Props = { data: number[]; options: Options & { other?: number } };
    const initialProps: Props = { data: result, options: { width: 400 } };
    const { result: hook, rerender } = renderHook(
      ({ data, options }: Props) => useLayoutMemo(compute, data, options, KEYS),
      { initialProps },
    );
    expect(hook.current).toEqual({ n: 3, width: 400 });
    const first = hook.current;
    rerender({ data: result, options: { width: 400, other: 1 } }); // new object, same named values
    expect(compute).toHaveBeenCalledTimes(1);
    expect(hook.current).toBe(first);
    rerender({ data: result, options: { width: 500, other: 1 } });
    expect(compute).toHaveBeenCalledTimes(2);
    expect(hook.current.width).toBe(500);
    rerender({ data: result, options: { width: 500, label: 'Revenue', other: 1 } });
    expect(compute).toHaveBeenCalledTimes(3);
    rerender({ data: [1], options: { width: 500, label: 'Revenue', other: 2 } });
    expect(compute).toHaveBeenCalledTimes(4);
    expect(hook.current.n).toBe(1);
  });
});
