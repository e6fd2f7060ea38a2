export type { StakeholderMapProps } from './StakeholderMap';
export { StakeholderMap } from './StakeholderMap';
export type {
  InfluenceKind,
  StakeholderCard,
  StakeholderLayout,
  StakeholderLayoutOptions,
  StakeholderLine,
  StakeholderLink,
  StakeholderOrientation,
  StakeholderTree,
} from './useStakeholderLayout';
export { computeStakeholderLayout, useStakeholderLayout } from './useStakeholderLayout';
