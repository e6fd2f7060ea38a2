'use client';

import type { KamkitError } from '@kamkit/core';
import { useEffect, useRef } from 'react';

/**
 * Calls `onError` after a chart rendered its error state (a client component: on the server nothing is called).
 * Once per error object: re-rendering with the same failed inputs (the layout memo keeps the error) or with a
 * new `onError` function does not report again.
 */
export function ErrorReporter({
  error,
  onError,
}: {
  error: KamkitError;
  onError?: (error: KamkitError) => void;
}) {
  const latest = useRef(onError);
  latest.current = onError;
  useEffect(() => {
    latest.current?.(error);
  }, [error]);
  return null;
}
