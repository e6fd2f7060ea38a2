'use client';

import type { KamkitError } from '@kamkit/core';
import { useEffect } from 'react';

/**
 * Calls `onError` after a chart rendered its error state (a client component: on the server nothing is called).
 * Once per error object: a chart re-rendering with the same failed inputs does not report again.
 */
export function ErrorReporter({
  error,
  onError,
}: {
  error: KamkitError;
  onError?: (error: KamkitError) => void;
}) {
  useEffect(() => {
    onError?.(error);
  }, [error, onError]);
  return null;
}
