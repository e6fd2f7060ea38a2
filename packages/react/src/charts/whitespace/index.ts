// The chart is a client component (it measures its container and keeps selection state): it is exported from
// the client entry, so React Server Components render it as a client reference. Its layout stays server-safe.
export type { WhitespaceMatrixProps } from '../../client';
export { WhitespaceMatrix } from '../../client';
export type { WhitespaceLayoutOptions } from './options';
export { WHITESPACE_OPTIONS } from './options';
export type { WhitespaceLayout } from './useWhitespaceLayout';
export { computeWhitespaceLayout, useWhitespaceLayout } from './useWhitespaceLayout';
