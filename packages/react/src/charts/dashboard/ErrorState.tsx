import type { KamkitError } from '@kamkit/core';
import { useMemo } from 'react';
import { ErrorReporter } from '../../client';
import { errorText } from '../../contract/errors';
import type { Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import { common as enCommon } from '../../messages/en/common';
import { resolveCommon } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';

/** The first of `tries` that does not throw (the last is one that cannot). */
function first<R>(...tries: (() => R)[]): R {
  for (const run of tries.slice(0, -1)) {
    try {
      return run();
    } catch {
      // The error state is already shown for the first error; a second one falls back to the next try.
    }
  }
  return (tries[tries.length - 1] as () => R)();
}

/**
 * `error`, or the one of the previous render while the failure is the same (code, field and message): a getter
 * or an option read on every render fails with a new error object each time, and `onError` is called once per
 * error object, so a re-render with the same bad props does not report again.
 */
export function useStableError(error: KamkitError | undefined): KamkitError | undefined {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the same failure is one error, whichever object.
  return useMemo(() => error, [error?.code, error?.field, error?.message]);
}

/**
 * The error state of the dashboard and the key-figure tiles: the same `.kamkit-error` block (`role="alert"`) and
 * common words as every chart's (`ChartFrame`) — title, the sentence for the error and its code — and
 * `onError`, called once per error on the client. The words and numbers fall back to the language without the
 * caller's `messages`, then to English, when reading those is what failed: the error state itself never throws.
 */
export function ErrorState({
  error,
  locale,
  messages,
  onError,
}: {
  error: KamkitError;
  locale: unknown;
  messages: unknown;
  onError?: (error: KamkitError) => void;
}) {
  const lang = typeof locale === 'string' ? locale : undefined;
  const text: MessageShape<typeof enCommon> = first(
    () => resolveCommon(lang, (messages as { common?: never } | undefined)?.common),
    () => resolveCommon(lang, undefined),
    () => enCommon as MessageShape<typeof enCommon>,
  );
  const format: Formatters = first(
    () => createFormat({ locale: lang }),
    () => createFormat({}),
  );
  return (
    <>
      <div className="kamkit-error" role="alert">
        <p className="kamkit-error__title">{text.errorTitle}</p>
        <p className="kamkit-error__message">{errorText(error, text, format)}</p>
        <p className="kamkit-error__code">{translate(text.errorCode, { code: error.code }, format)}</p>
      </div>
      <ErrorReporter error={error} onError={onError} />
    </>
  );
}
