'use client';

import { useCallback, useState } from 'react';

/**
 * A value that the caller may control: while `controlled` is not `undefined` it is the value and `set` only
 * calls `onChange`; otherwise the hook keeps its own state, starting at `initial`. (`null` is a controlled
 * value: "nothing selected".)
 */
export function useControllable<V>(
  controlled: V | undefined,
  initial: V,
  onChange?: (value: V) => void,
): [V, (value: V) => void] {
  const [own, setOwn] = useState(initial);
  const isControlled = controlled !== undefined;
  const set = useCallback(
    (value: V) => {
      if (!isControlled) setOwn(value);
      onChange?.(value);
    },
    [isControlled, onChange],
  );
  return [isControlled ? controlled : own, set];
}
