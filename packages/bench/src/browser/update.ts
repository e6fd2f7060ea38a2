/**
 * The page side of the update-cost benchmark (issue 19 §6), injected into the built examples app before its own
 * script runs. It times one change of a `<select>` (the Portfolio page's year) from the input event's
 * `timeStamp` to the end of the first frame that began after the last DOM change the input caused — when every
 * chart has updated and the result is on screen. A frame's end is `requestAnimationFrame` then a task posted from
 * it (which runs after that frame is produced). The input counts as settled once nothing in the page has changed
 * for {@link QUIET_MS}; frames keep being requested until then, so an update that takes more than one commit
 * (an effect that measures, then renders again) is timed to its last frame.
 */

/** How long the page must stay unchanged after an input before its last frame is taken as the end. */
export const QUIET_MS = 400;

export interface UpdateSample {
  /** Input to the end of the first frame after the last DOM change. */
  ms: number;
  /** Input to the end of the first frame after the first DOM change (the first chart on screen). */
  firstMs: number;
  /** Frames that began with DOM changes not yet shown (1: everything changed in one go). */
  framesWithChanges: number;
  /** `data-kamkit-chart` kinds whose DOM changed (sorted); `unchanged` those that did not. */
  changed: string[];
  /** DOM mutation records per chart kind (`(page)` outside the charts): which chart rewrote how much. */
  mutationsByChart: Record<string, number>;
  unchanged: string[];
  /** False when nothing changed within 3 s of the input. */
  responded: boolean;
}

interface Frame {
  /** Mutation count when the frame's `requestAnimationFrame` callbacks ran. */
  mutations: number;
  end: number;
}

interface Pending {
  t0: number;
  mutations: number;
  lastMutation: number;
  changed: Map<string, number>;
  frames: Frame[];
  sample: UpdateSample | null;
  done: ((sample: UpdateSample) => void)[];
}

let pending: Pending | null = null;

function chartKind(node: Node): string | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('[data-kamkit-chart]')?.getAttribute('data-kamkit-chart') ?? null;
}

/** Requests frames from the input on, until the page has been quiet for {@link QUIET_MS} (or 3 s unanswered). */
function watchFrames(p: Pending): void {
  requestAnimationFrame(() => {
    const frame: Frame = { mutations: p.mutations, end: 0 };
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      frame.end = performance.now();
      p.frames.push(frame);
      const quiet = p.mutations > 0 && frame.end - p.lastMutation >= QUIET_MS;
      const unanswered = p.mutations === 0 && frame.end - p.t0 > 3000;
      if (!quiet && !unanswered) return watchFrames(p);
      p.sample = sampleOf(p, quiet);
      if (pending === p) pending = null;
      for (const resolve of p.done.splice(0)) resolve(p.sample);
    };
    channel.port2.postMessage(undefined);
  });
}

function install(): void {
  const observer = new MutationObserver((records) => {
    if (!pending || pending.t0 === 0) return;
    pending.mutations += records.length;
    pending.lastMutation = performance.now();
    for (const record of records) {
      const kind = chartKind(record.target) ?? '(page)';
      pending.changed.set(kind, (pending.changed.get(kind) ?? 0) + 1);
    }
  });
  const start = () =>
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
  const onInput = (event: Event) => {
    if (!(event.target instanceof HTMLSelectElement) || !pending || pending.t0 !== 0) return;
    // The first of `input` and `change`; frames are watched from here, so none is missed.
    pending.t0 = event.timeStamp;
    // Marks the input in a Chromium trace (the bench's profile), so the trace can be cut to the update.
    console.timeStamp('kamkit:input');
    watchFrames(pending);
  };
  document.addEventListener('input', onInput, { capture: true });
  document.addEventListener('change', onInput, { capture: true });
}

let armed: Pending | null = null;

/** Arms the probe for the next `<select>` input. */
function arm(): void {
  pending = { t0: 0, mutations: 0, lastMutation: 0, changed: new Map(), frames: [], sample: null, done: [] };
  armed = pending;
}

/** Resolves with the sample of the armed input once the page has been quiet for {@link QUIET_MS}. */
function settle(): Promise<UpdateSample> {
  const p = armed;
  if (!p) return Promise.reject(new Error('settle() without arm()'));
  if (p.t0 === 0) return Promise.reject(new Error('no <select> input since arm()'));
  if (p.sample) return Promise.resolve(p.sample);
  return new Promise((resolve) => p.done.push(resolve));
}

function sampleOf(p: Pending, responded: boolean): UpdateSample {
  const all = [...document.querySelectorAll('[data-kamkit-chart]')].map(
    (e) => e.getAttribute('data-kamkit-chart') as string,
  );
  const after = (count: number) => p.frames.find((f) => f.mutations >= count && f.end > p.t0);
  const last = after(p.mutations);
  const first = after(1);
  let framesWithChanges = 0;
  let shown = 0;
  for (const frame of p.frames) {
    if (frame.mutations > shown) framesWithChanges++;
    shown = frame.mutations;
  }
  return {
    ms: last ? last.end - p.t0 : Number.NaN,
    firstMs: first ? first.end - p.t0 : Number.NaN,
    framesWithChanges,
    changed: [...p.changed.keys()].filter((kind) => kind !== '(page)').sort(),
    mutationsByChart: Object.fromEntries(p.changed),
    unchanged: [...new Set(all)].filter((kind) => !p.changed.has(kind)).sort(),
    responded,
  };
}

install();
(window as unknown as { kamkitUpdate: unknown }).kamkitUpdate = { arm, settle };
