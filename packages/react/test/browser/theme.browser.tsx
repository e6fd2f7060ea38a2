import { afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { ParetoChart } from '../../src';
import { computedColor, element, mount, unmountAll } from './mount';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  }
}

// Two accounts: the first alone makes 80 % of revenue, so its bar is a vital (accent-coloured) bar.
const data = [
  { id: 'a', value: 90 },
  { id: 'b', value: 10 },
];
type Theme = 'light' | 'dark' | 'auto';
/** The Pareto chart with a `theme`; the prop's type is widened here so the test also runs against a chart whose declared type does not yet list `'auto'`. */
const chart = (props: { theme?: Theme } = {}) => {
  const themed = props as { theme?: 'light' | 'dark' };
  return <ParetoChart data={data} width={320} height={200} interactive={false} {...themed} />;
};

/** The computed fill of the chart's vital (accent) bar and the chart root's background. */
function colours(host: HTMLElement) {
  const bar = host.querySelector('.kamkit-bar[data-vital=true]');
  const root = host.querySelector('.kamkit-chart');
  if (!bar || !root) throw new Error('no vital bar rendered');
  return { bar: getComputedStyle(bar).fill, background: getComputedStyle(root).backgroundColor };
}

const LIGHT_ACCENT = 'rgb(0, 114, 178)'; // #0072b2, the light palette's accent
const DARK_ACCENT = 'rgb(86, 180, 233)'; // #56b4e9, the dark palette's accent

afterEach(async () => {
  unmountAll();
  await commands.emulateColorScheme('light');
});

describe('shadcn tokens in Chromium', () => {
  const forms = [
    {
      name: 'Tailwind v3 HSL triples',
      attribute: 'hsl-triples',
      token: '12 76% 61%',
      css: 'hsl(12 76% 61%)',
    },
    {
      name: 'Tailwind v4 oklch()',
      attribute: undefined,
      token: 'oklch(0.646 0.222 41.116)',
      css: 'oklch(0.646 0.222 41.116)',
    },
    { name: 'plain colours', attribute: undefined, token: '#7c3aed', css: '#7c3aed' },
    { name: 'plain colours, declared', attribute: 'colors', token: 'rebeccapurple', css: 'rebeccapurple' },
  ];
  for (const form of forms) {
    it(`fills the accent bar with --chart-1 written as ${form.name}`, async () => {
      const page = element(
        `<div style="--chart-1: ${form.token}" ${form.attribute ? `data-kamkit-tokens="${form.attribute}"` : ''}></div>`,
      );
      const host = await mount(chart(), page);
      expect(colours(host).bar).toBe(computedColor(form.css));
      expect(colours(host).bar).not.toBe(LIGHT_ACCENT);
    });
  }

  it('declares the form on the chart itself, too', async () => {
    const page = element('<div style="--chart-1: 12 76% 61%"></div>');
    const host = await mount(
      <ParetoChart data={data} interactive={false} data-kamkit-tokens="hsl-triples" />,
      page,
    );
    expect(colours(host).bar).toBe(computedColor('hsl(12 76% 61%)'));
  });

  it('reads the .dark tokens of a shadcn page declared once at the top', async () => {
    const style = document.createElement('style');
    style.textContent = '.shadcn{--chart-1: 12 76% 61%} .shadcn .dark{--chart-1: 220 70% 50%}';
    document.head.appendChild(style);
    const page = element(
      '<div class="shadcn" data-kamkit-tokens="hsl-triples"><div class="dark"></div></div>',
    );
    document.body.appendChild(page);
    const light = await mount(chart(), page);
    const dark = await mount(chart(), page.querySelector('.dark') as HTMLElement);
    expect(colours(light).bar).toBe(computedColor('hsl(12 76% 61%)'));
    expect(colours(dark).bar).toBe(computedColor('hsl(220 70% 50%)'));
    style.remove();
  });

  it('an undeclared HSL triple is not a colour: the bar falls back to the text colour, never black', async () => {
    const page = element('<div style="--chart-1: 12 76% 61%; color: rgb(10, 120, 30)"></div>');
    const host = await mount(chart(), page);
    expect(colours(host).bar).toBe('rgb(10, 120, 30)');
  });

  it('falls back to the kit palette when no token is set, in every form', async () => {
    for (const attribute of ['hsl-triples', 'colors']) {
      const page = element(`<div data-kamkit-tokens="${attribute}"></div>`);
      const host = await mount(chart(), page);
      expect(colours(host).bar, attribute).toBe(LIGHT_ACCENT);
    }
  });
});

describe('theme prop in Chromium', () => {
  it('follows a .dark ancestor when theme is not set', async () => {
    const host = await mount(chart(), element('<div class="dark"></div>'));
    expect(colours(host).bar).toBe(DARK_ACCENT);
  });

  it('theme="light" wins over a .dark page and paints its own surface', async () => {
    const host = await mount(
      chart({ theme: 'light' }),
      element('<div class="dark" style="color: white"></div>'),
    );
    expect(colours(host)).toEqual({ bar: LIGHT_ACCENT, background: 'rgb(255, 255, 255)' });
    expect(getComputedStyle(host.querySelector('.kamkit-chart') as Element).color).toBe('rgb(29, 33, 39)');
  });

  it('theme="dark" wins over a light page', async () => {
    const host = await mount(chart({ theme: 'dark' }), element('<div data-kamkit-theme="light"></div>'));
    expect(colours(host)).toEqual({ bar: DARK_ACCENT, background: 'rgb(29, 33, 39)' });
  });

  it('a data-kamkit-theme="light" region inside a .dark page is light', async () => {
    const page = element('<div class="dark"><div data-kamkit-theme="light"></div></div>');
    document.body.appendChild(page);
    const host = await mount(chart(), page.firstElementChild as HTMLElement);
    expect(colours(host).bar).toBe(LIGHT_ACCENT);
  });

  it('theme="auto" follows prefers-color-scheme, also inside a .dark page', async () => {
    await commands.emulateColorScheme('dark');
    const dark = await mount(chart({ theme: 'auto' }));
    expect(colours(dark)).toEqual({ bar: DARK_ACCENT, background: 'rgb(29, 33, 39)' });
    await commands.emulateColorScheme('light');
    expect(colours(dark)).toEqual({ bar: LIGHT_ACCENT, background: 'rgb(255, 255, 255)' });
    const inDark = await mount(chart({ theme: 'auto' }), element('<div class="dark"></div>'));
    expect(colours(inDark).bar).toBe(LIGHT_ACCENT);
  });

  it('a data-kamkit-theme="auto" ancestor switches every chart inside it', async () => {
    await commands.emulateColorScheme('dark');
    const host = await mount(chart(), element('<div data-kamkit-theme="auto"></div>'));
    expect(colours(host).bar).toBe(DARK_ACCENT);
  });
});

describe('a gallery of token forms and themes (written to __screenshots__/theme for a look by eye)', () => {
  it('renders each form and theme with its own accent', async () => {
    const gallery = element(
      '<div style="display:grid;grid-template-columns:repeat(4,230px);gap:12px;padding:12px;background:#fff;width:max-content;font-family:system-ui,sans-serif"></div>',
    );
    document.body.appendChild(gallery);
    const cells: [string, string, string, Theme | undefined][] = [
      ['colors: oklch()', '--chart-1: oklch(0.646 0.222 41.116)', '', undefined],
      ['colors: #7c3aed', '--chart-1: #7c3aed', '', undefined],
      ['hsl-triples: 12 76% 61%', '--chart-1: 12 76% 61%', 'hsl-triples', undefined],
      ['colors: rgb(12 150 90)', '--chart-1: rgb(12 150 90)', 'colors', undefined],
      ['.dark page, no theme', 'color:#e7eaee;background:#111418', 'dark-class', undefined],
      ['.dark page, theme="light"', 'color:#e7eaee;background:#111418', 'dark-class', 'light'],
      ['light page, theme="dark"', '', '', 'dark'],
      ['theme="auto" (dark scheme)', '', '', 'auto'],
    ];
    await commands.emulateColorScheme('dark');
    const expected = [
      computedColor('oklch(0.646 0.222 41.116)'),
      computedColor('#7c3aed'),
      computedColor('hsl(12 76% 61%)'),
      computedColor('rgb(12 150 90)'),
      DARK_ACCENT,
      LIGHT_ACCENT,
      DARK_ACCENT,
      DARK_ACCENT,
    ];
    const hosts: HTMLElement[] = [];
    for (const [caption, style, form, theme] of cells) {
      const cell = element(
        `<figure style="margin:0;${style}" ${form === 'dark-class' ? 'class="dark"' : form ? `data-kamkit-tokens="${form}"` : ''}><figcaption style="font:12px sans-serif;margin-bottom:4px">${caption}</figcaption></figure>`,
      );
      gallery.appendChild(cell);
      hosts.push(await mount(chart({ theme }), cell));
    }
    expect(hosts.map((host) => colours(host).bar)).toEqual(expected);
    await page.screenshot({ element: gallery, path: '__screenshots__/theme/gallery.png' });
  });
});
