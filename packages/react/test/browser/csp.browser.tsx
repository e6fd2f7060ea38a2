import { renderToReadableStream } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartStyles, ParetoChart } from '../../src';
import { curveSheet } from '../../src/theme/sheets/curve';

const data = [
  { id: 'a', value: 90 },
  { id: 'b', value: 10 },
];

/**
 * A server-rendered page with a chart whose CSS comes from `ChartStyles nonce` (React 19's `nonce.style` render
 * option set), loaded in an iframe under `Content-Security-Policy: style-src 'nonce-…'` (no 'unsafe-inline').
 * Returns the vital bar's computed fill and the CSP violations the page reported.
 */
async function underStrictCsp(policyNonce: string, renderNonce: string) {
  const stream = await renderToReadableStream(
    <html lang="en">
      <head />
      <body>
        <ChartStyles sheets={[curveSheet]} nonce={renderNonce} />
        <ParetoChart data={data} width={320} height={200} interactive={false} injectStyles={false} />
      </body>
    </html>,
    { nonce: { style: renderNonce } },
  );
  const html = (await new Response(stream).text()).replace(
    '<head>',
    `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${policyNonce}'">`,
  );
  const frame = document.createElement('iframe');
  const violations: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.appendChild(frame);
  await loaded;
  const doc = frame.contentDocument as Document;
  doc.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
  // Violations during parsing were reported before the listener: count the sheets the page did not apply.
  const blocked = Array.from(doc.querySelectorAll('style')).filter((style) => !style.sheet).length;
  const bar = doc.querySelector('.kamkit-bar[data-vital=true]') as Element;
  const fill = (frame.contentWindow as Window).getComputedStyle(bar).fill;
  return { fill, blocked, violations, styleAttributes: doc.querySelectorAll('body [style]').length };
}

afterEach(() => document.body.replaceChildren());

describe('strict CSP in Chromium', () => {
  it('applies the kit CSS under style-src with a nonce, and the page has no style attributes', async () => {
    const page = await underStrictCsp('r4nd0m', 'r4nd0m');
    expect(page).toEqual({ fill: 'rgb(0, 114, 178)', blocked: 0, violations: [], styleAttributes: 0 });
  });

  it('control: with a wrong nonce the browser blocks the sheets and the bar is not styled', async () => {
    const page = await underStrictCsp('r4nd0m', 'other');
    expect(page.blocked).toBeGreaterThan(0);
    expect(page.fill).not.toBe('rgb(0, 114, 178)');
  });
});
