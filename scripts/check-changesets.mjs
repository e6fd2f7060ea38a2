#!/usr/bin/env node
// Checks that every changeset (.changeset/*.md but README.md) is one `changeset version` can read: YAML front
// matter of `"<package>": major|minor|patch` lines between two `---` lines, naming published workspace
// packages, followed by a release note. (A Markdown formatter once turned the front matter into headings.)
// Usage: node scripts/check-changesets.mjs
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packages = new Set(
  readdirSync(path.join(root, 'packages'))
    .map((dir) => JSON.parse(readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8')))
    .filter((pkg) => !pkg.private)
    .map((pkg) => pkg.name),
);
const dir = path.join(root, '.changeset');
const files = readdirSync(dir).filter((file) => file.endsWith('.md') && file !== 'README.md');
const problems = [];
for (const file of files) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const match = text.match(/^---\n((?:"[^"\n]+": (?:major|minor|patch)\n)+)---\n\n(\S[\s\S]*)$/);
  if (!match) {
    problems.push(
      `${file}: not "---", lines of "<package>": major|minor|patch, "---", a blank line, the note`,
    );
    continue;
  }
  for (const line of match[1].trim().split('\n')) {
    const name = line.slice(1, line.indexOf('"', 1));
    if (!packages.has(name)) problems.push(`${file}: "${name}" is not a published workspace package`);
  }
}
for (const problem of problems) console.error(problem);
console.log(`changesets: ${files.length} checked, ${problems.length} problems`);
process.exit(problems.length > 0 ? 1 : 0);
