import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../../../../.storybook/preview';
import { mount, unmountAll } from './mount';

// Legend swatches are coloured through `data-swatch` rules in the sheets (no inline style, for a strict CSP):
// a swatch whose colour has no rule in the sheets its chart renders would be drawn empty. Every story of every
// chart that shows a legend of its own (not a variant in another language, theme or size) is rendered in
// Chromium and every swatch must resolve `--_swatch` to a colour.
setProjectAnnotations(preview);
const modules = import.meta.glob<Record<string, unknown>>('../../../../stories/*.stories.tsx', {
  eager: true,
});

afterEach(() => unmountAll());

describe('legend swatches have a colour', () => {
  for (const [file, module] of Object.entries(modules)) {
    const chart = (file.split('/').pop() ?? file).replace('.stories.tsx', '');
    it(chart, async () => {
      const stories = composeStories(module as never) as Record<string, ComponentType>;
      const empty: string[] = [];
      let swatches = 0;
      for (const [name, Story] of Object.entries(stories)) {
        // Variants with the same legend as another story (more data, other words, theme, width): nothing new.
        if (/Thousand|Large|Many|Dark|Brand|German|Hostile|Long|Keyboard|Phone|Narrow|Static/i.test(name))
          continue;
        const host = await mount(<Story />);
        for (const swatch of host.querySelectorAll('.kamkit-legend__swatch')) {
          swatches++;
          const colour = getComputedStyle(swatch).getPropertyValue('--_swatch').trim();
          if (!colour) empty.push(`${name}: ${swatch.getAttribute('data-swatch') ?? '(inline)'}`);
        }
        unmountAll();
      }
      expect(empty, `${swatches} swatches`).toEqual([]);
    });
  }
});
