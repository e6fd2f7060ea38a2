#!/usr/bin/env node
// Writes dist/styles.css, the static stylesheet behind `@kamkit/react/styles.css`: the very CSS the charts
// inject (the base sheet and every chart family's sheet, as `kamkitCss`), read from the build just made, so
// the file and the injected styles cannot drift apart. For apps under a strict Content Security Policy
// (`style-src 'self'`) that render charts with `injectStyles={false}` and link this file.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { kamkitCss } = await import(path.join(dist, 'index.js'));
if (typeof kamkitCss !== 'string' || !kamkitCss.includes('.kamkit-chart'))
  throw new Error('write-styles: dist/index.js does not export the kit CSS as kamkitCss');
const banner =
  "/* @kamkit/react: the charts' stylesheet (what charts inject unless injectStyles={false}) */\n";
writeFileSync(path.join(dist, 'styles.css'), `${banner}${kamkitCss.trim()}\n`);
console.log(`write-styles: dist/styles.css, ${(kamkitCss.length / 1024).toFixed(1)} KiB`);
