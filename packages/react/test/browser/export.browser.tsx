// Export matches the screen: for every chart (the first story, "Default" where there is one, of each story
// file) the chart is rendered in Chromium, screenshotted, and exported with exportPng at scale 1 (one pixel per
// CSS pixel, as the screenshot) without the title (which the screen does not show) on white. The data table and
// its toggle are hidden on screen, and so are controls marked data-kamkit-export="skip" (e.g. a sort menu), since the
// export leaves them out. Two figures are compared (see difference()):
// - MAX_SHARE 3 % of pixels may differ by more than 64 of 255 in a channel. Measured: 0.00–0.07 % on every
//   chart but the dashboard (2.05 %: its root starts at a half pixel, so the screenshot's rows fall between the
//   export's); a bar colour gone wrong differs by 6.7 % (control below).
// - MAX_TILE 30 %, the same for every chart: in no 32×32 tile may the amount of ink differ by more. Measured:
//   0.0–18.1 % (the stakeholder map 3.7 %, its legend's influence arrowheads drawn in SVG; the whale curve
//   18.1 %, the Pareto chart 15.7 %); a legend left out differs by 100 % (control below).
// The Pareto chart's dark story is compared too, with the background the export finds on the page (0.00 %).
// Images are written to __screenshots__/export (git-ignored) for a look by eye.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { act, type ComponentType } from 'react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import preview from '../../../../.storybook/preview';
import { exportPng, exportSvg } from '../../src';
import { mount, unmountAll } from './mount';

setProjectAnnotations(preview);
const modules = import.meta.glob<Record<string, unknown>>('../../../../stories/*.stories.tsx', {
  eager: true,
});
const charts = Object.entries(modules).map(([file, module]) => {
  const stories = composeStories(module as never) as Record<string, ComponentType>;
  const [name, Story] =
    Object.entries(stories).find(([key]) => key === 'Default') ?? Object.entries(stories)[0] ?? [];
  return { chart: (file.split('/').pop() ?? file).replace('.stories.tsx', ''), name, Story };
});

/** RGBA pixels of a PNG, composited on white, cropped to `width` × `height`. */
async function pixels(png: Blob, width: number, height: number): Promise<Uint8ClampedArray> {
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, width, height).data;
}

async function size(png: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(png);
  return { width: bitmap.width, height: bitmap.height };
}

/** Thresholds: see the comment at the top of this file. */
const MAX_SHARE = 0.03;
const MAX_TILE = 0.3;
const TILE = 32;
const MIN_INK = 24;
/** A pixel differs when a colour channel is off by more than this (of 255): text edges drawn by another path. */
const CHANNEL = 64;

/**
 * Two figures for a pair of images:
 * - `share`: the share of pixels that differ (a channel off by more than {@link CHANNEL}) — colours, shapes;
 * - `worstTile`: the largest difference of "ink" (darkness, 0 for white … 1 for black, summed) between the two
 *   images in any 32×32 tile, relative to the tile's ink — text drawn a pixel apart keeps its ink, text that
 *   is missing (a legend left out) or painted over (a halo on top of its label) does not. Tiles with less ink
 *   than 24 black pixels' worth (a few antialiased edges) are not judged.
 */
function difference(p: Uint8ClampedArray, q: Uint8ClampedArray, width: number, height: number) {
  const columns = Math.ceil(width / TILE);
  const inkP = new Float64Array(columns * Math.ceil(height / TILE));
  const inkQ = new Float64Array(inkP.length);
  let differing = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const tile = Math.floor(y / TILE) * columns + Math.floor(x / TILE);
      const [r1 = 0, g1 = 0, b1 = 0, r2 = 0, g2 = 0, b2 = 0] = [
        p[i],
        p[i + 1],
        p[i + 2],
        q[i],
        q[i + 1],
        q[i + 2],
      ];
      inkP[tile] = (inkP[tile] ?? 0) + 1 - (r1 + g1 + b1) / 765;
      inkQ[tile] = (inkQ[tile] ?? 0) + 1 - (r2 + g2 + b2) / 765;
      if (Math.max(Math.abs(r1 - r2), Math.abs(g1 - g2), Math.abs(b1 - b2)) > CHANNEL) differing++;
    }
  let worstTile = 0;
  inkP.forEach((a, tile) => {
    const b = inkQ[tile] ?? 0;
    if (Math.max(a, b) >= MIN_INK) worstTile = Math.max(worstTile, Math.abs(a - b) / Math.max(a, b));
  });
  return { share: differing / (width * height), worstTile };
}

const base64 = (blob: Blob) =>
  blob.arrayBuffer().then((buffer) => {
    let binary = '';
    for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
    return btoa(binary);
  });

/** Where the images are written for a look by eye (git-ignored). */
const SHOTS = 'packages/react/test/browser/__screenshots__/export';
const results: string[] = [];

/** Screenshot of a chart root beside its exported PNG (scale 1, no title, white background), compared. */
async function compare(
  root: HTMLElement,
  beforeExport?: () => () => void,
  background: string | null = '#fff',
) {
  const shot = await page.screenshot({ element: root, save: false });
  const screen = await (await fetch(`data:image/png;base64,${shot}`)).blob();
  const undo = beforeExport?.();
  const exported = await exportPng(root, { scale: 1, title: false, ...(background ? { background } : {}) });
  undo?.();
  const a = await size(screen);
  const b = await size(exported);
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const stats = difference(
    await pixels(screen, width, height),
    await pixels(exported, width, height),
    width,
    height,
  );
  return { shot, exported, a, b, ...stats };
}
let hideTables: HTMLStyleElement | undefined;

afterEach(() => {
  unmountAll();
});
afterAll(() => {
  hideTables?.remove();
  console.log(results.join('\n'));
});

describe('exported PNG matches the screen', () => {
  for (const { chart, name, Story } of charts) {
    it(`${chart} (${name})`, async () => {
      if (!Story) throw new Error(`${chart} has no story`);
      if (!hideTables) {
        hideTables = document.createElement('style');
        // What the export leaves out is hidden on screen too: the data table and its toggle (their space goes),
        // controls marked data-kamkit-export="skip" (their space stays, as in the file).
        hideTables.textContent =
          '.kamkit-table-toggle,table.kamkit-table{display:none!important}[data-kamkit-export=skip]{visibility:hidden!important}';
        document.head.appendChild(hideTables);
      }
      const host = await mount(<Story />);
      const root = host.querySelector('.kamkit-chart') as HTMLElement;
      expect(root).not.toBeNull();
      const { shot, exported, a, b, share, worstTile } = await compare(root);
      results.push(
        `${chart}: screen ${a.width}×${a.height}, export ${b.width}×${b.height}, ${(share * 100).toFixed(2)} % differ, worst tile ${(worstTile * 100).toFixed(1)} %`,
      );
      await commands.writeFile(`${SHOTS}/${chart}-screen.png`, shot, 'base64');
      await commands.writeFile(`${SHOTS}/${chart}-export.png`, await base64(exported), 'base64');
      const titled = await exportPng(root);
      await commands.writeFile(`${SHOTS}/${chart}-export-2x.png`, await base64(titled), 'base64');
      await commands.writeFile(`${SHOTS}/${chart}.svg`, exportSvg(root), 'utf8');
      expect(Math.abs(a.width - b.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(a.height - b.height)).toBeLessThanOrEqual(1);
      expect(share).toBeLessThan(MAX_SHARE);
      expect(worstTile).toBeLessThan(MAX_TILE);
    });
  }
});

describe('exported PNG of a dark chart matches the screen', () => {
  it('ParetoChart (Dark): colours resolved for the dark palette, the page background taken from the screen', async () => {
    const module = Object.entries(modules).find(([file]) => file.endsWith('/ParetoChart.stories.tsx'))?.[1];
    const Dark = (composeStories(module as never) as Record<string, ComponentType>).Dark;
    if (!Dark) throw new Error('no ParetoChart Dark story');
    const host = await mount(<Dark />);
    const root = host.querySelector('.kamkit-chart') as HTMLElement;
    const { shot, exported, share, worstTile } = await compare(root, undefined, null);
    results.push(
      `ParetoChart (Dark): ${(share * 100).toFixed(2)} % differ, worst tile ${(worstTile * 100).toFixed(1)} %`,
    );
    await commands.writeFile(`${SHOTS}/ParetoChart-dark-screen.png`, shot, 'base64');
    await commands.writeFile(`${SHOTS}/ParetoChart-dark-export.png`, await base64(exported), 'base64');
    expect(share).toBeLessThan(MAX_SHARE);
    expect(worstTile).toBeLessThan(MAX_TILE);
  });
});

describe('exported PNG with a series hidden matches the screen', () => {
  it('AbcChart with its first legend toggle off: struck-through label, hollow swatch', async () => {
    const Story = charts.find((c) => c.chart === 'AbcChart')?.Story;
    if (!Story) throw new Error('no AbcChart story');
    const host = await mount(<Story />);
    const toggle = host.querySelector('.kamkit-legend__toggle') as HTMLButtonElement | null;
    expect(toggle, 'AbcChart has legend toggles').not.toBeNull();
    await act(async () => toggle?.click());
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
    const root = host.querySelector('.kamkit-chart') as HTMLElement;
    const { shot, exported, share, worstTile } = await compare(root);
    results.push(
      `AbcChart, first series hidden: ${(share * 100).toFixed(2)} % differ, worst tile ${(worstTile * 100).toFixed(1)} %`,
    );
    await commands.writeFile(`${SHOTS}/AbcChart-hidden-screen.png`, shot, 'base64');
    await commands.writeFile(`${SHOTS}/AbcChart-hidden-export.png`, await base64(exported), 'base64');
    expect(share).toBeLessThan(MAX_SHARE);
    expect(worstTile).toBeLessThan(MAX_TILE);
  });
});

describe('the comparison catches what the old export lost', () => {
  const pareto = charts.find((c) => c.chart === 'ParetoChart');
  const cases: [string, (root: HTMLElement) => () => void][] = [
    [
      'the legend left out',
      (root) => {
        const legend = root.querySelector('.kamkit-legend') as HTMLElement;
        legend.dataset.kamkitExport = 'skip';
        return () => delete legend.dataset.kamkitExport;
      },
    ],
    [
      'bars in the wrong colour',
      (root) => {
        root.style.setProperty('--kamkit-accent', '#000');
        return () => root.style.removeProperty('--kamkit-accent');
      },
    ],
  ];
  for (const [name, spoil] of cases) {
    it(`fails an export with ${name}`, async () => {
      const Story = pareto?.Story;
      if (!Story) throw new Error('no ParetoChart story');
      const host = await mount(<Story />);
      const root = host.querySelector('.kamkit-chart') as HTMLElement;
      const { share, worstTile } = await compare(root, () => spoil(root));
      results.push(
        `control, ${name}: ${(share * 100).toFixed(2)} % differ, worst tile ${(worstTile * 100).toFixed(1)} %`,
      );
      expect(share >= MAX_SHARE || worstTile >= MAX_TILE).toBe(true);
    });
  }
});
