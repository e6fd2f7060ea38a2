import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu, exportSvg, ParetoChart } from '../../src';
import { mount, unmountAll } from './mount';

const data = [
  { id: 'a', name: '=HYPERLINK("http://evil.invalid")', value: 900 },
  { id: 'b', name: 'Nordklinik Care', value: 100 },
];

function Card({ locale }: { locale?: string }) {
  const card = useRef<HTMLDivElement>(null);
  return (
    <div ref={card}>
      <ExportMenu target={card} filename="pareto" locale={locale} />
      <ParetoChart data={data} label="name" width={400} height={240} interactive={false} locale={locale} />
    </div>
  );
}

/** Clicks a button and returns what the menu handed to the browser as a download. */
async function downloadOf(button: HTMLButtonElement): Promise<{ name: string; blob: Blob }> {
  const blobs = new Map<string, Blob>();
  const original = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = original(blob);
    blobs.set(url, blob as Blob);
    return url;
  });
  const result = new Promise<{ name: string; blob: Blob }>((resolve) => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      resolve({ name: this.download, blob: blobs.get(this.href) as Blob });
    });
  });
  button.click();
  const download = await result;
  vi.restoreAllMocks();
  return download;
}

afterEach(() => unmountAll());

describe('ExportMenu in Chromium', () => {
  it('names its buttons in English and German', async () => {
    const en = await mount(<Card />);
    expect(en.querySelector('legend')?.textContent).toBe('Download the chart');
    expect(en.querySelector('button[data-format=csv]')?.getAttribute('aria-label')).toBe(
      'Download the data as CSV',
    );
    const de = await mount(<Card locale="de-DE" />);
    expect(de.querySelector('legend')?.textContent).toBe('Diagramm herunterladen');
    expect(de.querySelector('button[data-format=svg]')?.getAttribute('aria-label')).toBe(
      'Als SVG herunterladen (Vektorgrafik)',
    );
  });

  it('downloads an SVG of the chart without the menu in it', async () => {
    const host = await mount(<Card />);
    const { name, blob } = await downloadOf(
      host.querySelector('button[data-format=svg]') as HTMLButtonElement,
    );
    expect(name).toBe('pareto.svg');
    const text = await blob.text();
    expect(text).toContain('<svg');
    expect(text).toContain('Pareto analysis of revenue');
    expect(text).not.toContain('Download');
  });

  it('downloads a PNG at twice the chart size', async () => {
    const host = await mount(<Card />);
    const { name, blob } = await downloadOf(
      host.querySelector('button[data-format=png]') as HTMLButtonElement,
    );
    expect(name).toBe('pareto.png');
    const bitmap = await createImageBitmap(blob);
    const root = host.querySelector('.kamkit-chart') as HTMLElement;
    expect(bitmap.width).toBe(2 * Math.ceil(root.getBoundingClientRect().width));
  });

  it('downloads the rendered data table as CSV with formulas neutralised', async () => {
    const host = await mount(<Card />);
    const { name, blob } = await downloadOf(
      host.querySelector('button[data-format=csv]') as HTMLButtonElement,
    );
    expect(name).toBe('pareto.csv');
    const text = await blob.text();
    // A UTF-8 byte-order mark, so Excel reads umlauts (Blob.text() drops it when decoding).
    expect(Array.from(new Uint8Array(await blob.arrayBuffer()).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('Nordklinik Care');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.invalid"")"`);
  });

  it('leaves no CSS variable, color-mix() or oklch() in the exported SVG', async () => {
    const page = document.createElement('div');
    page.setAttribute('style', '--chart-1: oklch(0.646 0.222 41.116)');
    const host = await mount(<Card />, page);
    const svg = exportSvg(host.querySelector('.kamkit-chart') as Element);
    const inline = Array.from(svg.matchAll(/ style="([^"]*)"/g), (m) => m[1]).join(';');
    expect(inline).not.toMatch(/var\(|color-mix|oklch|color\(srgb/);
    expect(svg).toMatch(/fill:#[0-9a-f]{6}/);
  });
});
