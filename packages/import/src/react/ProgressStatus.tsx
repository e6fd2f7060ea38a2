import { memo, useEffect, useState } from 'react';
import type { Progress } from '../index';
import type { ImportMessages } from './messages';

/** A progress tick of the file being read. */
export type Tick = Progress & { fileName: string };

/** Hands progress ticks to {@link ProgressStatus} without re-rendering the whole panel on every tick. */
export function createTicker() {
  let listener: ((tick: Tick | null) => void) | null = null;
  return {
    emit(tick: Tick | null) {
      listener?.(tick);
    },
    listen(next: (tick: Tick | null) => void) {
      listener = next;
      return () => {
        listener = null;
      };
    },
  };
}

/**
 * The progress line and bar with a Cancel button, and the live region. Screen readers hear stage changes and
 * 25 % steps, not every tick; when nothing is running, `message` (the result or the applied count) is shown
 * and announced.
 */
export const ProgressStatus = memo(function ProgressStatus({
  ticker,
  message,
  locale,
  t,
  onCancel,
}: {
  ticker: ReturnType<typeof createTicker>;
  message: string;
  locale: string;
  t: ImportMessages;
  onCancel: () => void;
}) {
  const [tick, setTick] = useState<Tick | null>(null);
  useEffect(() => ticker.listen(setTick), [ticker]);
  const percent = tick?.fraction == null ? null : String(Math.round(tick.fraction * 100));
  const text = tick
    ? t.progressText(t.stage[tick.stage], tick.fileName, tick.rows.toLocaleString(locale), percent)
    : message;
  const live = tick
    ? `${t.stage[tick.stage]} ${tick.fileName}${tick.fraction == null ? '' : `, ${Math.floor(tick.fraction * 4) * 25} %`}`
    : message;
  return (
    <>
      <div className="kamkit-import__status">
        {text && <p>{text}</p>}
        {tick && (
          <div className="kamkit-import__progress">
            <progress
              max={1}
              value={tick.fraction ?? undefined}
              aria-label={t.progressLabel(tick.fileName)}
            />
            <button type="button" className="kamkit-import__button" onClick={onCancel}>
              {t.cancel}
            </button>
          </div>
        )}
      </div>
      <p className="kamkit-import__sr-only" role="status" aria-live="polite">
        {live}
      </p>
    </>
  );
});
