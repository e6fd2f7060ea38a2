import { describe, expect, it } from 'vitest';
import {
  type Box,
  boxFromEdges,
  circleOverlapsBox,
  contains,
  overlaps,
  placeLabels,
  positionsAround,
  textBox,
} from '../../src/primitives/placement';
import { measureText } from '../../src/primitives/text';

const box = (x: number, y: number, width = 10, height = 10): Box => ({ x, y, width, height });

describe('overlaps', () => {
  it('is true for boxes that share area and false for boxes that only touch', () => {
    expect(overlaps(box(0, 0), box(5, 5))).toBe(true);
    expect(overlaps(box(0, 0), box(10, 0))).toBe(false);
    expect(overlaps(box(0, 0), box(10, 10))).toBe(false);
  });

  it('counts boxes closer than the gap as overlapping', () => {
    expect(overlaps(box(0, 0), box(12, 0), 3)).toBe(true);
    expect(overlaps(box(0, 0), box(13, 0), 3)).toBe(false);
  });

  it('never counts empty boxes or NaN coordinates as overlapping', () => {
    expect(overlaps(box(0, 0, 0, 10), box(0, 0))).toBe(false);
    expect(overlaps(box(0, 0, -5, 10), box(-3, 0))).toBe(false);
    expect(overlaps(box(Number.NaN, 0), box(0, 0))).toBe(false);
  });
});

describe('box helpers', () => {
  it('builds a box from edges in either order', () => {
    expect(boxFromEdges(10, 20, 0, 5)).toEqual({ x: 0, y: 5, width: 10, height: 15 });
  });

  it('tests containment with edges included', () => {
    expect(contains(box(0, 0, 100, 50), box(90, 40))).toBe(true);
    expect(contains(box(0, 0, 100, 50), box(91, 40))).toBe(false);
  });

  it('tests a circle against a box by its closest point', () => {
    expect(circleOverlapsBox({ cx: 0, cy: 0, r: 5 }, box(3, 3))).toBe(true);
    expect(circleOverlapsBox({ cx: 0, cy: 0, r: 4 }, box(3, 3))).toBe(false);
    expect(circleOverlapsBox({ cx: 0, cy: 0, r: 0 }, box(-1, -1))).toBe(false);
  });

  it('boxes a text line like positionsAround boxes a label of one line', () => {
    const [right] = positionsAround({ x: 0, y: 50 }, { width: 30, height: 15 }, { sides: ['right'], gap: 0 });
    expect(textBox('Acme', 12, right!.x, right!.y).y).toBeCloseTo(right!.box.y, 10);
  });

  it('boxes a text line around its anchor and baseline', () => {
    const width = measureText('Acme', 12);
    expect(textBox('Acme', 12, 100, 50, 'start')).toEqual({ x: 100, y: 50 - 11.7, width, height: 15 });
    expect(textBox('Acme', 12, 100, 50, 'middle').x).toBeCloseTo(100 - width / 2, 10);
    expect(textBox('Acme', 12, 100, 50, 'end').x).toBeCloseTo(100 - width, 10);
    expect(textBox('Acme', 12, 100, 50, 'start', 3).height).toBe(45);
  });
});

describe('placeLabels', () => {
  const bounds = box(0, 0, 100, 100);

  it('gives each candidate its first free position in preference order', () => {
    const { placed, hidden } = placeLabels(
      [
        { name: 'a', positions: [{ box: box(0, 0) }, { box: box(20, 0) }] },
        { name: 'b', positions: [{ box: box(5, 5) }, { box: box(40, 0) }] },
      ],
      { bounds },
    );
    expect(hidden).toEqual([]);
    expect(placed.map((p) => [p.candidate.name, p.choice])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(placed[1]?.position.box).toEqual(box(40, 0));
  });

  it('returns every unplaced candidate with the reason, in input order', () => {
    const { placed, hidden } = placeLabels(
      [
        { name: 'first', positions: [{ box: box(0, 0) }] },
        { name: 'collides', positions: [{ box: box(2, 2) }] },
        { name: 'outside', positions: [{ box: box(95, 95) }] },
        { name: 'obstacle', positions: [{ box: box(50, 50) }] },
        { name: 'none', positions: [] },
      ],
      { bounds, obstacles: [box(45, 45)] },
    );
    expect(placed.map((p) => p.candidate.name)).toEqual(['first']);
    expect(hidden.map((h) => [h.candidate.name, h.index, h.reason])).toEqual([
      ['collides', 1, 'collision'],
      ['outside', 2, 'outside'],
      ['obstacle', 3, 'obstacle'],
      ['none', 4, 'no-positions'],
    ]);
  });

  it('stops at max and hides the rest with reason limit', () => {
    const candidates = [0, 20, 40].map((x) => ({ positions: [{ box: box(x, 0) }] }));
    const { placed, hidden } = placeLabels(candidates, { max: 2 });
    expect(placed).toHaveLength(2);
    expect(hidden).toEqual([{ candidate: candidates[2], index: 2, reason: 'limit' }]);
  });

  it('keeps the gap between labels', () => {
    const candidates = [{ positions: [{ box: box(0, 0) }] }, { positions: [{ box: box(12, 0) }] }];
    expect(placeLabels(candidates, { gap: 3 }).hidden).toHaveLength(1);
    expect(placeLabels(candidates, { gap: 2 }).hidden).toHaveLength(0);
  });

  it('avoids circle obstacles and refuses positions by the extra rule', () => {
    const candidate = { positions: [{ box: box(0, 0) }, { box: box(30, 0) }, { box: box(60, 0) }] };
    const { placed } = placeLabels([candidate], {
      obstacles: [{ cx: 5, cy: 5, r: 3 }],
      isBlocked: (b) => b.x === 30,
    });
    expect(placed[0]?.choice).toBe(2);
  });

  it('prefers positions clear of avoided shapes but takes a covering one rather than hiding', () => {
    const avoid = () => [box(0, 0, 100, 100)];
    const { placed, hidden } = placeLabels([{ positions: [{ box: box(0, 0) }, { box: box(20, 0) }] }], {
      avoid,
    });
    expect(hidden).toEqual([]);
    expect(placed[0]).toMatchObject({ choice: 0, coversAvoided: true });
    const clear = placeLabels([{ positions: [{ box: box(0, 0) }, { box: box(200, 0) }] }], { avoid });
    expect(clear.placed[0]).toMatchObject({ choice: 1, coversAvoided: false });
  });

  it('places no two labels that overlap (property over a grid of crowded candidates)', () => {
    const candidates = Array.from({ length: 60 }, (_, i) => ({
      positions: positionsAround({ x: (i * 37) % 100, y: (i * 53) % 100, r: 2 }, { width: 30, height: 12 }),
    }));
    const { placed, hidden } = placeLabels(candidates, { bounds });
    expect(placed.length + hidden.length).toBe(60);
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(overlaps(a.position.box, b.position.box)).toBe(false);
    for (const p of placed) expect(contains(bounds, p.position.box)).toBe(true);
  });
});

describe('positionsAround', () => {
  it('offers the eight sides in the default order, clear of the mark by the gap', () => {
    const positions = positionsAround({ x: 50, y: 50, r: 10 }, { width: 20, height: 15 }, { gap: 3 });
    expect(positions.map((p) => p.side)).toEqual([
      'right',
      'left',
      'top',
      'bottom',
      'top-right',
      'top-left',
      'bottom-right',
      'bottom-left',
    ]);
    expect(positions[0]).toMatchObject({
      x: 63,
      anchor: 'start',
      box: { x: 63, y: 42.5, width: 20, height: 15 },
    });
    expect(positions[1]).toMatchObject({ x: 37, anchor: 'end', box: { x: 17 } });
    expect(positions[2]?.box).toEqual({ x: 40, y: 22, width: 20, height: 15 });
    for (const p of positions) expect(circleOverlapsBox({ cx: 50, cy: 50, r: 10 }, p.box)).toBe(false);
  });

  it('shifts top and bottom labels to stay inside the bounds', () => {
    const [top] = positionsAround(
      { x: 2, y: 50 },
      { width: 20, height: 15 },
      { sides: ['top'], bounds: box(0, 0, 100, 100) },
    );
    expect(top?.box.x).toBe(0);
    expect(top?.x).toBe(10);
  });
});
