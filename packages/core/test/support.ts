import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Runs per fast-check property: 1,000 by default (CI); set KAMKIT_FC_RUNS=20000 for a long local run. */
export const fcRuns = Number(process.env.KAMKIT_FC_RUNS ?? 1000);

/**
 * The fuzz suites' seed: fixed in CI, so a landing is reproducible; locally each run explores a new one
 * (fast-check prints the seed of a failure). `KAMKIT_FC_SEED` replays or explores a given seed.
 */
export const fcSeed = process.env.KAMKIT_FC_SEED
  ? Number(process.env.KAMKIT_FC_SEED)
  : process.env.CI
    ? 20261207
    : undefined;

/**
 * Inhabitants of the 2,896 Swiss communes in 1900 — the `SwissInhabitants` data set of the R package
 * ABCanalysis (Ultsch & Lötsch 2015), copied into the repo as a test fixture.
 */
export function swissInhabitants(): number[] {
  const path = fileURLToPath(new URL('./fixtures/swiss-communes-inhabitants-1900.csv', import.meta.url));
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((line) => Number(line.split(',')[1]));
}

/**
 * Timeout of a property test: generous, because CI machines are shared and a property runs `fcRuns` times.
 * Speed is measured by the benchmark (`pnpm bench`), never by test timeouts.
 */
export const propertyTimeout = Math.max(120_000, fcRuns * 20);
