// The chart is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { StakeholderMapProps } from '../../client';
export { StakeholderMap } from '../../client';
export { CARD_TEXT, qualityBand, WIN_BADGE } from './cards';
export type { StakeholderLayoutOptions, StakeholderOrientation } from './options';
export { MAX_CARDS, STAKEHOLDER_OPTIONS } from './options';
export type {
  InfluenceKind,
  StakeholderCard,
  StakeholderLayout,
  StakeholderLine,
  StakeholderLink,
  StakeholderMore,
  StakeholderTree,
} from './types';
export { computeStakeholderLayout, useStakeholderLayout } from './useStakeholderLayout';
