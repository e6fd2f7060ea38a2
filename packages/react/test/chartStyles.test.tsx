import { renderToReadableStream, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartStyles, kamkitCss } from '../src';
import { abcSheet } from '../src/theme/sheets/abc';

/** Reads a whole React server stream as text. */
async function html(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('ChartStyles', () => {
  it('writes the nonce on every sheet when the server render is given the same style nonce', async () => {
    const page = (
      <html lang="en">
        <head />
        <body>
          <ChartStyles sheets={[abcSheet]} nonce="r4nd0m" />
        </body>
      </html>
    );
    const out = await html(await renderToReadableStream(page, { nonce: { style: 'r4nd0m' } }));
    // React 19 writes the sheets of one precedence as one <style> in <head>, naming them in data-href.
    const styles = out.match(/<style[^>]*>/g) ?? [];
    expect(styles.length).toBeGreaterThan(0);
    for (const tag of styles) expect(tag).toContain('nonce="r4nd0m"');
    expect(styles.join(' ')).toMatch(/data-href="[^"]*kamkit-base[^"]*kamkit-abc/);
  });

  it('without a nonce writes none', () => {
    expect(renderToString(<ChartStyles />)).not.toContain('nonce');
  });

  it('declares the token forms and the theme switch the docs name', () => {
    for (const selector of [
      '[data-kamkit-tokens=hsl-triples]',
      '[data-kamkit-tokens=colors]',
      '[data-kamkit-theme=light]',
      '[data-kamkit-theme=dark]',
      '[data-kamkit-theme=auto]',
      '(prefers-color-scheme:dark)',
    ])
      expect(kamkitCss).toContain(selector);
  });
});
