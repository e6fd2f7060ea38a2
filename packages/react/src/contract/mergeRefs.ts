import type { Ref, RefCallback } from 'react';

/** One ref callback that sets every given ref (objects and callbacks; `undefined`/`null` skipped). */
export function mergeRefs<E>(...refs: (Ref<E> | undefined)[]): RefCallback<E> {
  return (element) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(element);
      else if (ref) (ref as { current: E | null }).current = element;
    }
  };
}
