import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Id } from '../src/accessor';
import { influencePaths } from '../src/influencePaths';
import { stakeholderMap } from '../src/stakeholderMap';
import { hospital, hospitalInfluences } from './fixtures/hospitalStakeholders';
import { fcRuns, propertyTimeout } from './support';

describe('influencePaths', () => {
  it('reaches the neutral executive VP through the consultancy’s positive line first (template scenario)', () => {
    const map = stakeholderMap(hospital, { influences: hospitalInfluences });
    const paths = influencePaths(map, 'evp');
    // The consultant is a supporter one step away. The IT director's route runs through the neutral CIO and the
    // nursing lead's through the CFO (negative, over a dotted line): not supportive, so they rank after it.
    // The CFO's own line to the EVP is negative and never a route.
    expect(paths.rows.map((p) => [p.id, p.supportive, p.length, p.weakestRelationship, p.ids])).toEqual([
      ['consultant', true, 1, 0.8, ['consultant', 'evp']],
      ['it-director', false, 2, null, ['it-director', 'cio', 'evp']],
      ['nursing-lead', false, 2, null, ['nursing-lead', 'cfo', 'evp']],
    ]);
    const first = paths.rows[0]!;
    expect(first.steps).toEqual([
      { from: 'consultant', to: 'evp', kind: 'influence', line: map.influences[0] },
    ]);
    expect(first.steps[0]!.line!.kind).toBe('positive');
    expect(first.datum).toBe(hospital[5]);
    expect(first.people.map((p) => p.datum.title)).toEqual([
      'Consultancy partner',
      'Executive Vice President',
    ]);
    // Equally short and equally weak (unknown relationships): 'cfo' < 'cio' wins.
    expect(paths.rows[2]!.steps.map((s) => s.kind)).toEqual(['dotted-reports-to', 'reports-to']);
    expect(paths).toMatchObject({ unreachable: [], omitted: 0, maxDepth: 10, maxPaths: 50 });
    expect(map.coverage).toBe('amber');
  });

  it('never uses a negative line as a route', () => {
    const people = [
      { id: 'evp', attitude: 'neutral' },
      { id: 'cfo', attitude: 'positive' },
    ];
    const negative = stakeholderMap(people, { influences: [{ from: 'cfo', to: 'evp', kind: 'negative' }] });
    expect(influencePaths(negative, 'evp').rows).toEqual([]);
    expect(influencePaths(negative, 'evp').unreachable.map((p) => p.id)).toEqual(['cfo']);
    const neutral = stakeholderMap(people, { influences: [{ from: 'cfo', to: 'evp' }] });
    expect(influencePaths(neutral, 'evp').rows.map((p) => p.ids)).toEqual([['cfo', 'evp']]);
  });

  it('ranks supporters first (even over a shorter path), then fewest steps, then the strongest weakest relationship', () => {
    // Worked example, target t (neutral). n is neutral, p1 and p2 are positive.
    // - 'strong' and 'weak' sway t directly (1 step, supporters; weakest relationship 3 and 1).
    // - 's' can go s → n → t (2 steps, through the neutral n) or s → p1 → p2 → t (3 steps, supporters only):
    //   supporters first, so s gets the 3-step path, weakest min(4, 5, 2) = 2.
    // - 'x' has only x → n → t: 2 steps, not supportive, so it ranks after every supportive path.
    const people = [
      { id: 't', attitude: 'neutral' },
      { id: 'n', parentId: 't', attitude: 'neutral', relationship: 5 },
      { id: 'p2', parentId: 't', attitude: 'positive', relationship: 2 },
      { id: 'p1', parentId: 'p2', attitude: 'positive', relationship: 5 },
      { id: 's', attitude: 'positive', relationship: 4 },
      { id: 'x', attitude: 'positive', relationship: 5 },
      { id: 'weak', attitude: 'positive', relationship: 1 },
      { id: 'strong', attitude: 'positive', relationship: 3 },
    ];
    const map = stakeholderMap(people, {
      influences: [
        { from: 's', to: 'n' },
        { from: 's', to: 'p1', kind: 'positive' },
        { from: 'x', to: 'n', kind: 'positive' },
        { from: 'weak', to: 't', kind: 'positive' },
        { from: 'strong', to: 't', kind: 'positive' },
      ],
    });
    const paths = influencePaths(map, 't', { reporting: 'up' });
    expect(
      paths.rows.map((p) => [p.id, p.supportive, p.length, p.weakestRelationship, p.ids.join('>')]),
    ).toEqual([
      ['strong', true, 1, 3, 'strong>t'],
      ['p2', true, 1, 2, 'p2>t'],
      ['weak', true, 1, 1, 'weak>t'],
      ['p1', true, 2, 2, 'p1>p2>t'],
      ['s', true, 3, 2, 's>p1>p2>t'],
      ['x', false, 2, 5, 'x>n>t'],
    ]);
  });

  it('prefers the path whose weakest relationship is strongest among equally short supporter paths', () => {
    const people = [
      { id: 't', attitude: 'neutral' },
      { id: 'a', parentId: 't', attitude: 'positive', relationship: 1 },
      { id: 'b', parentId: 't', attitude: 'positive', relationship: 4 },
      { id: 'src', parentId: 'a', secondaryParentId: 'b', attitude: 'positive', relationship: 3 },
    ];
    const path = influencePaths(stakeholderMap(people), 't', { from: (p) => p.id === 'src' }).rows[0]!;
    // Through a the weakest is 1, through b it is 3: b wins though 'a' < 'b'.
    expect(path.ids).toEqual(['src', 'b', 't']);
    expect(path.weakestRelationship).toBe(3);
  });

  it('bounds the work: maxDepth limits path length, maxPaths the rows, over a 10,000-person reporting chain', () => {
    const n = 10_000;
    const chain = Array.from({ length: n }, (_, i) => ({
      id: i,
      parentId: i === 0 ? null : i - 1,
      attitude: 'positive',
      relationship: 3,
    }));
    const map = stakeholderMap(chain);
    const paths = influencePaths(map, 0);
    // Defaults: people up to 10 steps away reach the target (0…10); the rest are unreachable.
    expect(paths.rows.map((p) => p.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(paths.unreachable).toHaveLength(n - 11);
    expect(paths.omitted).toBe(0);
    const wide = influencePaths(map, 0, { maxDepth: 100, maxPaths: 20 });
    expect(wide.rows).toHaveLength(20);
    expect(wide.omitted).toBe(101 - 20);
    expect(wide.rows[19]!.length).toBe(19);
    for (const [field, value] of [
      ['maxDepth', 0],
      ['maxDepth', 101],
      ['maxDepth', 2.5],
      ['maxPaths', 1001],
      ['maxPaths', Number.NaN],
    ] as const) {
      expect(() => influencePaths(map, 0, { [field]: value })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field }),
      );
    }
  });

  it('follows influence lines one way only and reporting lines as told', () => {
    const map = stakeholderMap(hospital, { influences: hospitalInfluences });
    // The EVP cannot sway the consultant back over the influence line, and the consultancy has no reporting line.
    const toConsultant = influencePaths(map, 'consultant', { from: (p) => p.id === 'evp' });
    expect(toConsultant.rows).toEqual([]);
    expect(toConsultant.unreachable.map((p) => p.id)).toEqual(['evp']);
    const onlyInfluence = influencePaths(map, 'evp', { reporting: 'none' });
    expect(onlyInfluence.rows.map((p) => p.id)).toEqual(['consultant']); // the CFO's negative line is no route
    expect(onlyInfluence.unreachable.map((p) => p.id)).toEqual(['it-director', 'nursing-lead']);
    const down = influencePaths(map, 'it-director', { reporting: 'down', from: (p) => p.id === 'evp' });
    expect(down.rows[0]!.steps.map((s) => s.kind)).toEqual(['manages', 'manages']);
    expect(influencePaths(map, 'evp', { reporting: 'down' }).rows.map((p) => p.id)).toEqual(['consultant']);
  });

  it('only passes through people allowed by `through`', () => {
    const map = stakeholderMap(hospital, { influences: hospitalInfluences });
    const avoidNegative = influencePaths(map, 'evp', { through: (p) => p.attitude !== 'negative' });
    expect(avoidNegative.rows.find((p) => p.id === 'nursing-lead')!.ids).toEqual([
      'nursing-lead',
      'cio',
      'evp',
    ]);
  });

  it('gives a path of length 0 to a target who is already positive', () => {
    const map = stakeholderMap(hospital);
    const paths = influencePaths(map, 'it-director');
    expect(paths.rows[0]).toMatchObject({ id: 'it-director', length: 0, ids: ['it-director'], steps: [] });
  });

  it('breaks ties between equally short paths by the smallest sequence of ids, then by the kind of line', () => {
    const people = [
      { id: 'target' },
      { id: 'b', parentId: 'target' },
      { id: 'a', parentId: 'target' },
      { id: 'src', parentId: 'b', secondaryParentId: 'a', attitude: 'positive' },
    ];
    const map = stakeholderMap(people, { influences: [{ from: 'src', to: 'a' }] });
    const path = influencePaths(map, 'target').rows[0]!;
    expect(path.ids).toEqual(['src', 'a', 'target']);
    expect(path.steps.map((s) => s.kind)).toEqual(['influence', 'reports-to']); // influence beats the dotted line
  });

  it('throws MISSING_PERSON for an unknown target and INVALID_OPTION for a bad option', () => {
    const map = stakeholderMap(hospital);
    expect(() => influencePaths(map, 'ceo')).toThrow(
      expect.objectContaining({ code: 'MISSING_PERSON', id: 'ceo' }),
    );
    expect(() => influencePaths(map, 'evp', { reporting: 'sideways' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'reporting' }),
    );
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const graph = fc
      .array(
        fc.record({
          parent: fc.option(fc.nat(), { nil: null }),
          attitude: fc.constantFrom('positive', 'neutral', 'negative'),
          relationship: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        }),
        { minLength: 1, maxLength: 25 },
      )
      .chain((people) =>
        fc
          .tuple(
            fc.array(
              fc.tuple(
                fc.nat(people.length - 1),
                fc.nat(people.length - 1),
                fc.constantFrom(undefined, 'positive' as const, 'neutral' as const, 'negative' as const),
              ),
              { maxLength: 20 },
            ),
            fc.nat(people.length - 1),
            fc.constantFrom('both' as const, 'up' as const, 'down' as const, 'none' as const),
          )
          .map(([triples, target, reporting]) => ({
            people: people.map((p, i) => ({
              id: `p${i}`,
              parentId: i === 0 || p.parent === null ? null : `p${p.parent % i}`,
              attitude: p.attitude,
              relationship: p.relationship,
            })),
            influences: triples
              .filter(([a, b]) => a !== b)
              .map(([a, b, kind]) => ({ from: `p${a}`, to: `p${b}`, ...(kind ? { kind } : {}) })),
            target: `p${target}`,
            reporting,
          })),
      );

    it('gives every positive person its best path (supporters first, then fewest steps) or none, independent of input order', () => {
      fc.assert(
        fc.property(graph, ({ people, influences, target, reporting }) => {
          const map = stakeholderMap(people, { influences });
          const options = { reporting, maxDepth: 100 };
          const result = influencePaths(map, target, options);
          const positive = people
            .filter((p) => p.attitude === 'positive')
            .map((p) => p.id)
            .sort();
          expect([...result.rows.map((r) => r.id), ...result.unreachable.map((p) => p.id)].sort()).toEqual(
            positive,
          );
          // Brute-force distances by breadth-first search forwards from each source; negative lines are no route.
          const next = new Map<Id, Id[]>(people.map((p) => [p.id, []]));
          for (const l of influences) if (l.kind !== 'negative') next.get(l.from)!.push(l.to);
          for (const p of people) {
            if (p.parentId === null) continue;
            if (reporting === 'both' || reporting === 'up') next.get(p.id)!.push(p.parentId);
            if (reporting === 'both' || reporting === 'down') next.get(p.parentId)!.push(p.id);
          }
          const attitude = new Map<Id, string>(people.map((p) => [p.id, p.attitude]));
          const relationship = new Map<Id, number | null>(people.map((p) => [p.id, p.relationship]));
          const distance = (from: Id, supportersOnly: boolean) => {
            const seen = new Map<Id, number>([[from, 0]]);
            const queue = [from];
            for (let h = 0; h < queue.length; h++) {
              const v = queue[h]!;
              if (v === target) continue;
              if (supportersOnly && attitude.get(v) !== 'positive') continue;
              for (const w of next.get(v)!) {
                if (!seen.has(w)) {
                  seen.set(w, seen.get(v)! + 1);
                  queue.push(w);
                }
              }
            }
            return seen.get(target);
          };
          for (const row of result.rows) {
            const supporters = distance(row.id, true);
            expect(row.supportive).toBe(supporters !== undefined);
            expect(row.length).toBe(supporters ?? distance(row.id, false));
            expect(row.ids[0]).toBe(row.id);
            expect(row.ids[row.ids.length - 1]).toBe(target);
            const before = row.ids.slice(0, -1);
            if (row.supportive) for (const id of before) expect(attitude.get(id)).toBe('positive');
            const rels = before.map((id) => relationship.get(id) ?? null);
            const weakest = rels.length === 0 || rels.includes(null) ? null : Math.min(...(rels as number[]));
            expect(row.weakestRelationship).toBe(weakest);
            row.steps.forEach((s, k) => {
              expect([s.from, s.to]).toEqual([row.ids[k], row.ids[k + 1]]);
              expect(next.get(s.from)).toContain(s.to);
            });
          }
          for (let k = 1; k < result.rows.length; k++) {
            const [a, b] = [result.rows[k - 1]!, result.rows[k]!];
            // Supporters first; within the same class, fewest steps first.
            if (a.supportive === b.supportive) expect(a.length).toBeLessThanOrEqual(b.length);
            else expect(a.supportive).toBe(true);
          }
          for (const p of result.unreachable) expect(distance(p.id, false)).toBeUndefined();
          const reversed = influencePaths(
            stakeholderMap([...people].reverse(), { influences: [...influences].reverse() }),
            target,
            options,
          );
          expect(reversed.rows.map((r) => [r.ids, r.steps.map((s) => s.kind)])).toEqual(
            result.rows.map((r) => [r.ids, r.steps.map((s) => s.kind)]),
          );
        }),
        { numRuns: fcRuns },
      );
    });
  });
});
