#!/usr/bin/env node
// Writes the import's fixtures (packages/import/test/fixtures/) and template variants (public/) from the demo data.
// Usage (from packages/examples): node scripts/make-import-files.mjs
// The files are built by scripts/import-files.ts, loaded with Vite's module runner (Node 20 cannot run
// TypeScript itself). The output is deterministic; commit it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(path.join(root, 'scripts/import-files.ts'), {
  root,
  logLevel: 'error',
});
for (const file of await module.importFiles(root)) {
  const target = path.join(root, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.bytes);
  console.log(`${file.path}  ${file.bytes.length} bytes`);
}
