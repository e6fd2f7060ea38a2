import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Id } from '../src/accessor';
import { influencePaths } from '../src/influencePaths';
import { stakeholderMap } from '../src/stakeholderMap';
import { hospital, hospitalInfluences } from './fixtures/hospitalStakeholders';
import { fcRuns, propertyTimeout } from './support';

describe('influencePaths', () => {
  it('reaches the neutral executive VP through the consultancy’s influence line first (template scenario)', () => {
    const map = stakeholderMap(hospital, { influences: hospitalInfluences });
    const paths = influencePaths(map, 'evp');
    expect(paths.rows.map((p) => [p.id, p.length, p.ids])).toEqual([
      ['consultant', 1, ['consultant', 'evp']],
      ['it-director', 2, ['it-director', 'cio', 'evp']],
      ['nursing-lead', 2, ['nursing-lead', 'cfo', 'evp']],
    ]);
    const first = paths.rows[0]!;
    expect(first.steps).toEqual([
      { from: 'consultant', to: 'evp', kind: 'influence', line: map.influences[0] },
    ]);
    expect(first.datum).toBe(hospital[5]);
    expect(first.people.map((p) => p.datum.title)).toEqual([
      'Consultancy partner',
      'Executive Vice President',
    ]);
    // Equally short: nursing-lead → cfo (dotted) → evp and nursing-lead → cio → evp; 'cfo' < 'cio' wins.
    expect(paths.rows[2]!.steps.map((s) => s.kind)).toEqual(['dotted-reports-to', 'reports-to']);
    expect(paths.unreachable).toEqual([]);
  });

  it('follows influence lines one way only and reporting lines as told', () => {
    const map = stakeholderMap(hospital, { influences: hospitalInfluences });
    // The EVP cannot sway the consultant back over the influence line, and the consultancy has no reporting line.
    const toConsultant = influencePaths(map, 'consultant', { from: (p) => p.id === 'evp' });
    expect(toConsultant.rows).toEqual([]);
    expect(toConsultant.unreachable.map((p) => p.id)).toEqual(['evp']);
    const onlyInfluence = influencePaths(map, 'evp', { reporting: 'none' });
    expect(onlyInfluence.rows.map((p) => p.id)).toEqual(['consultant']);
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
        }),
        { minLength: 1, maxLength: 25 },
      )
      .chain((people) =>
        fc
          .tuple(
            fc.array(fc.tuple(fc.nat(people.length - 1), fc.nat(people.length - 1)), { maxLength: 20 }),
            fc.nat(people.length - 1),
            fc.constantFrom('both' as const, 'up' as const, 'down' as const, 'none' as const),
          )
          .map(([pairs, target, reporting]) => ({
            people: people.map((p, i) => ({
              id: `p${i}`,
              parentId: i === 0 || p.parent === null ? null : `p${p.parent % i}`,
              attitude: p.attitude,
            })),
            influences: pairs.filter(([a, b]) => a !== b).map(([a, b]) => ({ from: `p${a}`, to: `p${b}` })),
            target: `p${target}`,
            reporting,
          })),
      );

    it('finds for every positive person either a valid shortest path or none, independent of input order', () => {
      fc.assert(
        fc.property(graph, ({ people, influences, target, reporting }) => {
          const map = stakeholderMap(people, { influences });
          const result = influencePaths(map, target, { reporting });
          const positive = people
            .filter((p) => p.attitude === 'positive')
            .map((p) => p.id)
            .sort();
          expect([...result.rows.map((r) => r.id), ...result.unreachable.map((p) => p.id)].sort()).toEqual(
            positive,
          );
          // Brute-force distances by breadth-first search forwards from each source.
          const next = new Map<Id, Id[]>(people.map((p) => [p.id, []]));
          for (const l of influences) next.get(l.from)!.push(l.to);
          for (const p of people) {
            if (p.parentId === null) continue;
            if (reporting === 'both' || reporting === 'up') next.get(p.id)!.push(p.parentId);
            if (reporting === 'both' || reporting === 'down') next.get(p.parentId)!.push(p.id);
          }
          const distance = (from: Id) => {
            const seen = new Map<Id, number>([[from, 0]]);
            const queue = [from];
            for (let h = 0; h < queue.length; h++) {
              for (const w of next.get(queue[h]!)!) {
                if (!seen.has(w)) {
                  seen.set(w, seen.get(queue[h]!)! + 1);
                  queue.push(w);
                }
              }
            }
            return seen.get(target);
          };
          for (const row of result.rows) {
            expect(row.length).toBe(distance(row.id));
            expect(row.ids[0]).toBe(row.id);
            expect(row.ids[row.ids.length - 1]).toBe(target);
            row.steps.forEach((s, k) => {
              expect([s.from, s.to]).toEqual([row.ids[k], row.ids[k + 1]]);
              expect(next.get(s.from)).toContain(s.to);
            });
          }
          for (const p of result.unreachable) expect(distance(p.id)).toBeUndefined();
          const reversed = influencePaths(
            stakeholderMap([...people].reverse(), { influences: [...influences].reverse() }),
            target,
            { reporting },
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
