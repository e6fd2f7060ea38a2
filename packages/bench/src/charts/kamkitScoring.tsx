import { ScoringMatrix } from '@kamkit/react';
import type { ScatterProps } from './types';
import { SCORING_CRITERIA } from './types';

/** kamkit: the scoring matrix scores, places and sizes the bubbles itself (bubble area = revenue). */
export function KamkitScoring({ data, width, height }: ScatterProps) {
  return (
    <ScoringMatrix
      data={data}
      criteria={SCORING_CRITERIA}
      size="revenue"
      label="name"
      width={width}
      height={height}
    />
  );
}
