import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// React Server Components may only use the parts of React that its server build exports. Every module that is
// not marked 'use client' is reachable from a server component, so it may import only these from 'react'.
const SERVER_SAFE = new Set([
  'Children',
  'Fragment',
  'cloneElement',
  'createElement',
  'forwardRef',
  'isValidElement',
  'memo',
  'use',
  'useCallback',
  'useDebugValue',
  'useId',
  'useMemo',
]);

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('server components', () => {
  const all = files(src);
  const isClient = (text: string) => /^\s*['"]use client['"]/.test(text);

  it('keeps client-only React APIs in modules marked "use client"', () => {
    const offenders: string[] = [];
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      if (isClient(text)) continue;
      for (const match of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'react'/g)) {
        if (match[1]) continue;
        for (const raw of (match[2] ?? '').split(',')) {
          const name = raw.trim().replace(/^type\s+/, '');
          if (!name || raw.trim().startsWith('type ')) continue;
          if (!SERVER_SAFE.has(name)) offenders.push(`${path.relative(src, file)}: ${name}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('reaches client modules only through the client entry', () => {
    const clientModules = all
      .filter((file) => isClient(readFileSync(file, 'utf8')))
      .map((f) => path.relative(src, f));
    expect(clientModules).toContain('client.ts');
    const offenders: string[] = [];
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      if (isClient(text)) continue;
      for (const match of text.matchAll(/from\s+'(\.[^']+)'/g)) {
        const target = path.relative(src, path.resolve(path.dirname(file), match[1] as string));
        if (target.startsWith('interaction/')) offenders.push(`${path.relative(src, file)} → ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('touches no window or document during import or render of server modules', () => {
    const offenders: string[] = [];
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      if (isClient(text) || file.includes(`${path.sep}export${path.sep}`)) continue;
      if (/\b(window|document|localStorage|navigator)\./.test(text)) offenders.push(path.relative(src, file));
    }
    expect(offenders).toEqual([]);
  });
});
