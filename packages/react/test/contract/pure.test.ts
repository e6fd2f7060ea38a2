import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package ships as two bundles (index, client), so `sideEffects: false` cannot drop a module an app does
// not use: the app's bundler drops unused top-level statements one by one, and keeps any top-level call it
// cannot prove free of side effects — with everything the call references (another chart's options, its
// layout). Each top-level `const X = call(…)` / `new …` is therefore marked `/* @__PURE__ */`.
const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const TOP_LEVEL_CALL =
  /^(?:export )?const [\w$]+(?::[^=]+)? = (?!\/\* @__PURE__ \*\/)(?:new |[\w$.]+(?:<[^=]*>)?\()/;

describe('bundle hygiene', () => {
  it('marks every top-level call /* @__PURE__ */, so apps drop what they do not import', () => {
    const offenders = files(src).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => [line, i + 1] as const)
        .filter(([line]) => TOP_LEVEL_CALL.test(line))
        .map(([line, n]) => `${path.relative(src, file)}:${n}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
