import { describe, expect, it } from 'vitest';
import { baseCss, kamkitCss } from '../src';

/**
 * React 18's server renderer escapes the text of a `<style>` element (`"` → `&quot;`, `>` → `&gt;`), which a
 * browser reads literally: the server's CSS breaks and hydration reports a text mismatch. The kit's CSS therefore
 * never contains a character React escapes (attribute values unquoted or CSS-escaped, descendant instead of
 * child combinators, grid lines instead of named-area strings).
 */
describe('the kit CSS', () => {
  it.each([
    ['base', baseCss],
    ['all sheets', kamkitCss],
  ])('%s holds no character that React 18 escapes in a server-rendered <style>', (_, css) => {
    const escaped = [...css.matchAll(/["'<>&]/g)].map((m) =>
      css.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 10),
    );
    expect(escaped).toEqual([]);
  });
});
