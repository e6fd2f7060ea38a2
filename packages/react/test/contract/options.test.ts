import { describe, expect, it } from 'vitest';
import { PARETO_OPTIONS } from '../../src/charts/pareto/options';
import { optionKeys, optionValues, splitProps } from '../../src/contract/options';

interface Options {
  data: number[];
  width: number;
  label?: string;
}

describe('optionKeys and splitProps', () => {
  it('splits the options from the rest; undefined options are left out of both', () => {
    const keys = optionKeys<Options>()(['data', 'width', 'label'] as const);
    const [options, rest] = splitProps(
      { data: [1], width: 3, label: undefined, className: 'x', 'data-testid': 't' } as Options &
        Record<string, unknown>,
      keys,
    );
    expect(options).toEqual({ data: [1], width: 3 });
    expect(rest).toEqual({ className: 'x', 'data-testid': 't' });
    expect(optionValues({ data: 1, width: 2, other: 3 }, keys)).toEqual([1, 2, undefined]);
  });

  it('compares messages and margin by content, everything else by identity', () => {
    const data = [1];
    const a = optionValues({ data, margin: { top: 1 }, messages: { common: { yes: 'ja' } } }, [
      'data',
      'margin',
      'messages',
    ]);
    const b = optionValues({ data, margin: { top: 1 }, messages: { common: { yes: 'ja' } } }, [
      'data',
      'margin',
      'messages',
    ]);
    expect(a).toEqual(b);
    expect(a[0]).toBe(data);
    expect(optionValues({ data: [1] }, ['data'])[0]).not.toBe(data);
  });

  it('joins the groups it is given into one list, in order', () => {
    const keys = optionKeys<Options>()(['data', 'width'] as const, ['label'] as const);
    expect(keys).toEqual(['data', 'width', 'label']);
  });

  it('lists every Pareto option once', () => {
    expect(new Set(PARETO_OPTIONS).size).toBe(PARETO_OPTIONS.length);
    // A missing key is a compile error; this line would not compile without 'label':
    // optionKeys<Options>()(['data', 'width'] as const);
  });
});
