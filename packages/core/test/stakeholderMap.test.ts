import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KamkitError } from '../src/errors';
import { coverage, stakeholderMap } from '../src/stakeholderMap';
import { hospital, hospitalInfluences } from './fixtures/hospitalStakeholders';
import { fcRuns, propertyTimeout } from './support';

function thrown(run: () => unknown): KamkitError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KamkitError);
    return error as KamkitError;
  }
  throw new Error('expected a KamkitError');
}

describe('stakeholderMap', () => {
  it('finds the neutral executive VP with high decision power as the key stakeholder (template scenario)', () => {
    const map = stakeholderMap(hospital, { influences: hospitalInfluences });
    expect(map.keyStakeholders.map((p) => p.id)).toEqual(['evp']);
    expect(map.roots).toEqual(['consultant', 'evp']); // a forest: the consultancy is another organisation
    expect(map.influences).toEqual([
      { from: 'consultant', to: 'evp', kind: 'positive', datum: hospitalInfluences[0], index: 0 },
      { from: 'cfo', to: 'evp', kind: 'negative', datum: hospitalInfluences[1], index: 1 },
    ]);
    expect(map.coverage).toBe('amber'); // our best champion (IT director) has medium decision power
    const won = stakeholderMap(
      hospital.map((p) => (p.id === 'evp' ? { ...p, attitude: 'positive' } : p)),
      { influences: hospitalInfluences },
    );
    expect(won.coverage).toBe('green');
    expect(won.keyStakeholders).toEqual([]);
  });

  it("reads an influence line's kind case-insensitively, missing as neutral, and refuses any other kind", () => {
    const people = [{ id: 'a' }, { id: 'b', parentId: 'a' }];
    const map = stakeholderMap(people, {
      influences: [
        { from: 'b', to: 'a' },
        { from: 'a', to: 'b', kind: ' Negative ' as never },
        { from: 'b', to: 'a', kind: null },
      ],
    });
    expect(map.influences.map((l) => l.kind)).toEqual(['neutral', 'negative', 'neutral']);
    expect(() =>
      stakeholderMap(people, { influences: [{ from: 'b', to: 'a', kind: 'negativ' as never }] }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', index: 0, field: 'influences[0].kind' }));
  });

  it('names hostile values in error messages without throwing while describing them', () => {
    const people = [{ id: 'a' }, { id: 'b', parentId: Symbol('boss') }];
    expect(() => stakeholderMap(people as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ID',
        field: 'parentId',
        message: expect.stringContaining('Symbol(boss)'),
      }),
    );
    expect(() => stakeholderMap([{ id: 'a' }], { influences: [{ from: 'a', to: 10n as never }] })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ID',
        field: 'influences[0].to',
        message: expect.stringContaining('10n'),
      }),
    );
  });

  it('orders people depth-first from the top with depth, children, root and parent ids for d3 stratify', () => {
    const map = stakeholderMap(hospital);
    expect(map.rows.map((p) => [p.id, p.depth, p.parentId, p.rootId])).toEqual([
      ['consultant', 0, null, 'consultant'],
      ['evp', 0, null, 'evp'],
      ['cfo', 1, 'evp', 'evp'],
      ['cio', 1, 'evp', 'evp'],
      ['it-director', 2, 'cio', 'evp'],
      ['nursing-lead', 2, 'cio', 'evp'],
    ]);
    expect(map.byId.get('cio')!.children).toEqual(['it-director', 'nursing-lead']);
    expect(map.byId.get('evp')!.datum).toBe(hospital[0]);
    expect(map.byId.get('nursing-lead')!.secondaryParentIds).toEqual(['cfo']);
    expect(map.secondaryLines).toEqual([{ from: 'nursing-lead', to: 'cfo' }]);
  });

  it('reads decision power and attitude leniently and marks key contacts', () => {
    const map = stakeholderMap([
      { id: 'a', decisionPower: ' HIGH ', attitude: 'Positive', relationship: 3, keyContact: true },
      { id: 'b', parentId: 'a', decisionPower: 'huge', attitude: null, relationship: '3', keyContact: 'yes' },
    ]);
    expect(map.rows.map((p) => [p.decisionPower, p.attitude, p.relationship, p.keyContact])).toEqual([
      ['high', 'positive', 3, true],
      [null, null, null, false],
    ]);
  });

  it('accepts a custom key-stakeholder predicate', () => {
    const map = stakeholderMap(hospital, { isKeyStakeholder: (p) => p.decisionPower === 'high' });
    expect(map.keyStakeholders.map((p) => p.id)).toEqual(['evp', 'cfo']);
  });

  it('gives an empty map for no people', () => {
    expect(stakeholderMap([])).toMatchObject({ rows: [], roots: [], keyStakeholders: [], coverage: 'red' });
  });

  it('throws MISSING_PARENT naming the person whose manager is not in the list', () => {
    const error = thrown(() => stakeholderMap([{ id: 'a' }, { id: 'b', parentId: 'ghost' }]));
    expect(error).toMatchObject({ code: 'MISSING_PARENT', id: 'b', index: 1, field: 'parentId' });
    expect(error.message).toContain('"ghost"');
    expect(thrown(() => stakeholderMap([{ id: 'a', secondaryParentId: 'ghost' }]))).toMatchObject({
      code: 'MISSING_PARENT',
      field: 'secondaryParentId',
    });
  });

  it('throws DUPLICATE_ID for an ambiguous id', () => {
    expect(thrown(() => stakeholderMap([{ id: 'a' }, { id: 'a' }]))).toMatchObject({
      code: 'DUPLICATE_ID',
      id: 'a',
    });
  });

  it('throws NO_ROOT when nobody is at the top and CYCLE naming the smallest id of a cycle', () => {
    expect(
      thrown(() =>
        stakeholderMap([
          { id: 'a', parentId: 'b' },
          { id: 'b', parentId: 'a' },
        ]),
      ).code,
    ).toBe('NO_ROOT');
    const error = thrown(() =>
      stakeholderMap([
        { id: 'top' },
        { id: 'z', parentId: 'y' },
        { id: 'y', parentId: 'x' },
        { id: 'x', parentId: 'z' },
      ]),
    );
    expect(error).toMatchObject({ code: 'CYCLE', id: 'x', index: 3 });
    expect(thrown(() => stakeholderMap([{ id: 'top' }, { id: 'me', parentId: 'me' }]))).toMatchObject({
      code: 'CYCLE',
      id: 'me',
    });
    expect(thrown(() => stakeholderMap([{ id: 'me', secondaryParentId: 'me' }]))).toMatchObject({
      code: 'CYCLE',
    });
  });

  it('throws MISSING_PERSON for an influence line naming someone unknown and INVALID_OPTION for a self-influence', () => {
    expect(
      thrown(() =>
        stakeholderMap(hospital, {
          influences: [
            { from: 'consultant', to: 'evp' },
            { from: 'kam', to: 'evp' },
          ],
        }),
      ),
    ).toMatchObject({ code: 'MISSING_PERSON', id: 'kam', index: 1, field: 'influences[1].from' });
    expect(
      thrown(() => stakeholderMap(hospital, { influences: [{ from: 'evp', to: 'evp' }] })),
    ).toMatchObject({
      code: 'INVALID_OPTION',
    });
  });

  describe('coverage', () => {
    it('is green when a positive person has high decision power, amber for medium, red otherwise', () => {
      expect(coverage([{ attitude: 'positive', decisionPower: 'high' }])).toBe('green');
      expect(
        coverage([
          { attitude: 'positive', decisionPower: 'medium' },
          { attitude: 'neutral', decisionPower: 'high' },
        ]),
      ).toBe('amber');
      expect(
        coverage([
          { attitude: 'positive', decisionPower: 'low' },
          { attitude: 'negative', decisionPower: 'high' },
          { attitude: null, decisionPower: 'high' },
        ]),
      ).toBe('red');
      expect(coverage([])).toBe('red');
    });
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    // A random forest: person k reports to a person before it (or to nobody), ids shuffled.
    const forest = fc
      .array(
        fc.record({
          parent: fc.option(fc.nat(), { nil: null }),
          decisionPower: fc.constantFrom('high', 'medium', 'low', null),
          attitude: fc.constantFrom('positive', 'neutral', 'negative', null),
        }),
        { maxLength: 30 },
      )
      .chain((people) =>
        fc
          .shuffledSubarray(
            people.map((_, i) => `p${i}`),
            { minLength: people.length, maxLength: people.length },
          )
          .map((names) =>
            people.map((p, i) => ({
              id: names[i] as string,
              parentId: i === 0 || p.parent === null ? null : (names[p.parent % i] as string),
              decisionPower: p.decisionPower,
              attitude: p.attitude,
            })),
          ),
      );

    it('keeps every person, does not mutate the input, does not depend on input order and nests depths', () => {
      fc.assert(
        fc.property(forest, (people) => {
          const copy = structuredClone(people);
          const map = stakeholderMap(people);
          expect(people).toEqual(copy);
          expect(map.rows.map((p) => p.index).sort((a, b) => a - b)).toEqual(people.map((_, i) => i));
          for (const p of map.rows) {
            if (p.parentId === null) expect(p.depth).toBe(0);
            else expect(p.depth).toBe(map.byId.get(p.parentId)!.depth + 1);
          }
          const reversed = stakeholderMap([...people].reverse());
          expect(reversed.rows.map((p) => [p.id, p.depth, p.keyStakeholder])).toEqual(
            map.rows.map((p) => [p.id, p.depth, p.keyStakeholder]),
          );
          expect(reversed.coverage).toBe(map.coverage);
        }),
        { numRuns: fcRuns },
      );
    });
  });
});
