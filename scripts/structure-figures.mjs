#!/usr/bin/env node
// The structure figures of issue 15: the longest functions (lines, by the TypeScript compiler's syntax tree)
// and the largest files of the given source folders, and how many exceed 150 and 400 lines.
// Usage: node scripts/structure-figures.mjs packages/react/src packages/core/src   (N=20 lists 20 of each)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const top = Number(process.env.N ?? 10);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (/\.tsx?$/.test(name)) files.push(file);
  }
};
for (const dir of process.argv.slice(2)) walk(dir);

const functions = [];
const sizes = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  sizes.push([text.split('\n').length - (text.endsWith('\n') ? 1 : 0), file]);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const line = (pos) => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node)
    ) {
      const start = line(node.getStart());
      const name =
        node.name?.getText() ??
        (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : '(anonymous)');
      functions.push([line(node.getEnd()) - start + 1, `${file}:${start + 1} ${name}`]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
functions.sort((a, b) => b[0] - a[0]);
sizes.sort((a, b) => b[0] - a[0]);
const list = (rows) => rows.slice(0, top).map(([n, what]) => `  ${n} ${what}`);
console.log(['longest functions:', ...list(functions)].join('\n'));
console.log('functions over 150 lines:', functions.filter(([n]) => n > 150).length);
console.log(['largest files:', ...list(sizes)].join('\n'));
console.log('files over 400 lines:', sizes.filter(([n]) => n > 400).length);
