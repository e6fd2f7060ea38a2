'use client';

import { useState, useSyncExternalStore } from 'react';

/** The explorer's own state: the active and the selected point's id (used while the caller does not control them), and what the live region says. */
export interface ExplorerState {
  active: string | number | null;
  selected: string | number | null;
  said: string;
}

/**
 * The explorer's own state, kept in a small store read with `useSyncExternalStore` instead of `useState`.
 * React renders a store change at once (before the browser's next frame), while a `setState` from a
 * `pointermove` handler has continuous-event priority and is rendered in a task after the frame the move was
 * dispatched in: the pointer's answer would show one frame late. Keys and clicks render at once either way.
 * The server snapshot is the starting state (nothing active, `selected` selected, nothing said). The store has one reader, the
 * explorer that made it, so it keeps one listener.
 */
export function useExplorerState(
  selected: ExplorerState['selected'],
): [ExplorerState, (next: ExplorerState) => void] {
  const [store] = useState(() => {
    let state: ExplorerState = { active: null, selected, said: '' };
    let changed = () => {};
    return {
      get: () => state,
      set: (next: ExplorerState) => {
        state = next;
        changed();
      },
      subscribe: (listener: () => void) => {
        changed = listener;
        return () => {
          changed = () => {};
        };
      },
    };
  });
  return [useSyncExternalStore(store.subscribe, store.get, store.get), store.set];
}
