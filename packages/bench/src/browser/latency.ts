/**
 * The page side of the interaction-latency benchmark (issue 19 §4). Event Timing leaves out `pointermove` and
 * reports nothing under 16 ms, so the page times each input itself: from the input event's `timeStamp` (when
 * Chromium received the input Playwright dispatched) to the end of the first frame that began after the chart
 * responded (its DOM changed): `requestAnimationFrame`, then a task posted from it, which runs after that frame
 * is produced. An input the chart does not answer within 3 s is counted as "no response", not timed (frames are not
 * a clock here: the bench runs Chromium without its frame-rate limit).
 */

export interface LatencySample {
  ms: number;
  /**
   * From the input's `timeStamp` to the page's first listener (capture, on the document): how long the input
   * waited before the page saw it. Chromium delivers continuous input (`pointermove`) with the next frame, not
   * at once, so for a pointer this is the wait for that frame; `ms - dispatchMs` is the page's own part.
   */
  dispatchMs: number;
  responded: boolean;
}

interface Pending {
  t0: number;
  dispatchMs: number;
  mutated: boolean;
}

let pending: Pending | null = null;
let samples: LatencySample[] = [];
let observer: MutationObserver | null = null;
const waiters: (() => void)[] = [];

/** Runs `then` after the next frame has been produced, passing whether the chart had responded when it began. */
function nextFrame(p: Pending, then: (respondedAtFrame: boolean) => void): void {
  requestAnimationFrame(() => {
    // Mutations before this frame's rendering step are in this frame.
    const respondedAtFrame = p.mutated;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(respondedAtFrame);
    channel.port2.postMessage(undefined);
  });
}

function onInput(event: Event): void {
  if (pending) return; // one input at a time: the driver waits for `idle()` between inputs
  if (event.type === 'keydown' && !(event as KeyboardEvent).key.startsWith('Arrow')) return;
  const p: Pending = { t0: event.timeStamp, dispatchMs: performance.now() - event.timeStamp, mutated: false };
  pending = p;
  // Marks the input in a Chromium trace (the bench's profile), so the trace can be cut to the inputs.
  console.timeStamp('kamkit:input');
  const tick = () =>
    nextFrame(p, (responded) => {
      if (responded || performance.now() - p.t0 > 3000) {
        samples.push({ ms: performance.now() - p.t0, dispatchMs: p.dispatchMs, responded });
        pending = null;
        for (const resolve of waiters.splice(0)) resolve();
      } else tick();
    });
  tick();
}

/** Starts timing inputs on `container` (replacing any earlier watch). */
export function watchLatency(container: HTMLElement): void {
  observer?.disconnect();
  samples = [];
  pending = null;
  observer = new MutationObserver(() => {
    if (pending) pending.mutated = true;
  });
  observer.observe(container, { childList: true, subtree: true, attributes: true, characterData: true });
  document.addEventListener('pointermove', onInput, { capture: true });
  document.addEventListener('keydown', onInput, { capture: true });
}

/** Resolves when no input is being timed. */
export function idle(): Promise<void> {
  return pending ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve();
}

/** The samples so far. */
export function latencySamples(): LatencySample[] {
  return samples;
}

/**
 * Where the driver moves the pointer: `steps` points on a horizontal line through the middle of the first
 * element matching `area` (from 5 % to 95 % of its width), or, with `targets`, the centres of `steps` of the
 * elements matching it spread over the list (e.g. scatter bubbles, which answer only when hovered).
 */
export function pointerPath(
  container: HTMLElement,
  area: string,
  steps: number,
  targets?: string,
): { x: number; y: number }[] {
  if (targets) {
    const all = [...container.querySelectorAll(targets)];
    if (all.length === 0) throw new Error(`nothing matches ${targets}`);
    return Array.from({ length: steps }, (_, i) => {
      const box = (
        all[Math.floor(((i * 7919) % steps) * (all.length / steps))] as Element
      ).getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
  }
  const element = container.querySelector(area);
  if (!element) throw new Error(`nothing matches ${area}`);
  const box = element.getBoundingClientRect();
  return Array.from({ length: steps }, (_, i) => ({
    x: box.x + box.width * (0.05 + (0.9 * i) / Math.max(1, steps - 1)),
    y: box.y + box.height / 2,
  }));
}

/** Focuses the first element matching `selector` (the chart's keyboard target); `false` when there is none. */
export function focusFirst(container: HTMLElement, selector: string): boolean {
  const element = container.querySelector<HTMLElement | SVGElement>(selector);
  if (!element) return false;
  element.focus();
  return document.activeElement === element;
}
