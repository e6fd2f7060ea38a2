import type { Id } from './accessor';
import { toArray } from './accessor';
import { describe, KamkitError } from './errors';
import { isId } from './id';
import type { InfluenceInput, InfluenceLineKind, StakeholderInfluence } from './stakeholderMap';

const KINDS: readonly string[] = ['positive', 'neutral', 'negative'];

/**
 * @internal Validates the influence lines of `stakeholderMap` (see its rules): both ends name people in
 * `indexById`, no line to oneself, `kind` one of {@link InfluenceLineKind} (case-insensitive, missing = neutral).
 */
export function readInfluences<L extends InfluenceInput>(
  input: Iterable<L> | undefined,
  indexById: ReadonlyMap<Id, number>,
): StakeholderInfluence<L>[] {
  const influences: StakeholderInfluence<L>[] = [];
  if (input !== undefined) {
    const lines = toArray(input, 'influences');
    lines.forEach((line, k) => {
      if (line === null || typeof line !== 'object') {
        throw new KamkitError('INVALID_OPTION', `influences[${k}] must be an object { from, to }.`, {
          index: k,
          field: `influences[${k}]`,
        });
      }
      for (const end of ['from', 'to'] as const) {
        const ref: unknown = line[end];
        if (!isId(ref)) {
          throw new KamkitError(
            'INVALID_ID',
            `influences[${k}].${end} is ${describe(ref)}; it must be a person's id (a string or a finite number).`,
            { index: k, field: `influences[${k}].${end}` },
          );
        }
        if (!indexById.has(ref)) {
          throw new KamkitError(
            'MISSING_PERSON',
            `influences[${k}].${end} names ${describe(ref)}, who is not in the list of people.`,
            { id: ref, index: k, field: `influences[${k}].${end}` },
          );
        }
      }
      if (line.from === line.to) {
        throw new KamkitError(
          'INVALID_OPTION',
          `influences[${k}] goes from ${describe(line.from)} to themselves.`,
          { id: line.from, index: k, field: `influences[${k}]` },
        );
      }
      const rawKind: unknown = line.kind;
      const kind = rawKind == null ? 'neutral' : readKind(rawKind);
      if (kind === null) {
        throw new KamkitError(
          'INVALID_OPTION',
          `influences[${k}].kind must be 'positive', 'neutral' or 'negative'; got ${describe(rawKind)}.`,
          { index: k, field: `influences[${k}].kind` },
        );
      }
      influences.push({ from: line.from, to: line.to, kind, datum: line, index: k });
    });
  }

  return influences;
}

function readKind(value: unknown): InfluenceLineKind | null {
  if (typeof value !== 'string') return null;
  const normal = value.trim().toLowerCase();
  return KINDS.includes(normal) ? (normal as InfluenceLineKind) : null;
}
