// Legend toggles by keyboard, in Chromium: for every chart of the conformance registry whose legend toggles
// series, Tab reaches the series' button, Enter hides the series and Space shows it again (real key presses,
// which the browser turns into clicks on a native button; happy-dom does not, so the unit suite checks the click).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CHARTS } from '../conformance/registry';
import { mount, unmountAll } from './mount';

afterEach(() => unmountAll());

describe('legend toggles by keyboard in Chromium', () => {
  const toggling = CHARTS.filter((chart) => chart.seriesToggle);

  it('covers the charts with series (MRR by plan, MRR movements, ABC tiers)', () => {
    expect(toggling.map((c) => c.name).sort()).toEqual(['AbcChart', 'MrrByPlanChart', 'MrrMovementsChart']);
  });

  for (const { name, Component, props, seriesToggle } of toggling) {
    it(`${name}: Enter hides "${seriesToggle?.name}", Space shows it again`, async () => {
      const toggle = seriesToggle as { name: string; id: string | number };
      const onHiddenSeriesChange = vi.fn();
      const host = await mount(<Component {...props} onHiddenSeriesChange={onHiddenSeriesChange} />);
      const button = Array.from(host.querySelectorAll('button')).find((b) => b.textContent === toggle.name);
      expect(button, `a legend button named ${toggle.name}`).toBeDefined();
      const plot = () => host.querySelector('svg')?.innerHTML;
      const shown = plot();
      // Tab from the page start reaches the legend's buttons before the plot's explorer.
      for (let i = 0; i < 8 && document.activeElement !== button; i++) await userEvent.keyboard('{Tab}');
      expect(document.activeElement).toBe(button);
      await userEvent.keyboard('{Enter}');
      expect(button?.getAttribute('aria-pressed')).toBe('false');
      expect(onHiddenSeriesChange).toHaveBeenLastCalledWith([toggle.id]);
      expect(plot()).not.toBe(shown);
      await userEvent.keyboard(' ');
      expect(button?.getAttribute('aria-pressed')).toBe('true');
      expect(onHiddenSeriesChange).toHaveBeenLastCalledWith([]);
      expect(plot()).toBe(shown);
    });
  }
});
