import { common as deCommon } from './de/common';
import { common as enCommon } from './en/common';
import type { DeepPartial, Message, MessageShape, PluralMessage } from './types';

/** `'de'` for any German locale (`de`, `de-DE`, `de-AT`, `de-CH`, …), else `'en'`: the built-in languages. */
export function languageOf(locale: string | undefined): 'en' | 'de' {
  return typeof locale === 'string' && /^de(-|_|$)/i.test(locale) ? 'de' : 'en';
}

const isMessage = (value: unknown): value is Message =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && 'other' in value);

/**
 * `base` with every key of `override` put over it, key by key at any depth (a plural message is replaced whole).
 * Neither argument is changed.
 */
export function mergeMessages<T extends object>(base: T, override: DeepPartial<T> | undefined): T {
  if (!override) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override as Record<string, unknown>)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] =
      isMessage(value) || isMessage(current) || typeof current !== 'object' || current === null
        ? value
        : mergeMessages(current as object, value as DeepPartial<object>);
  }
  return out as T;
}

/** A family's catalogues in the built-in languages: the English one and the German one of the same shape. */
export interface FamilyCatalogues<M> {
  en: M;
  de: MessageShape<M>;
}

/** What {@link resolveMessages} returns: the `common` words and the family's, in the chart's language. */
export interface ResolvedMessages<M> {
  common: MessageShape<typeof enCommon>;
  family: MessageShape<M>;
}

/**
 * The messages a chart writes with: the catalogue of `locale`'s language (`de-*` → German, else English), with
 * the `messages` prop's keys over it. A chart imports only its own family's catalogues, so a page that draws one
 * chart does not carry the words of the others.
 *
 * @example
 * const m = resolveMessages('de-DE', props.messages, 'pareto', { en: paretoEn, de: paretoDe });
 * m.family.value; // "Umsatz"
 */
export function resolveMessages<M extends object>(
  locale: string | undefined,
  overrides: ({ common?: DeepPartial<typeof enCommon> } & Record<string, unknown>) | undefined,
  family: string,
  catalogues: FamilyCatalogues<M>,
): ResolvedMessages<M> {
  const language = languageOf(locale);
  const common = language === 'de' ? deCommon : (enCommon as MessageShape<typeof enCommon>);
  const own = (language === 'de' ? catalogues.de : catalogues.en) as MessageShape<M>;
  return {
    common: mergeMessages(common, overrides?.common),
    family: mergeMessages(
      own as object,
      overrides?.[family] as DeepPartial<object> | undefined,
    ) as MessageShape<M>,
  };
}

export type { PluralMessage };

/** The `common` words of `locale`'s language with the `messages` prop's `common` keys over them. */
export function resolveCommon(
  locale: string | undefined,
  override: DeepPartial<typeof enCommon> | undefined,
): MessageShape<typeof enCommon> {
  return mergeMessages(languageOf(locale) === 'de' ? deCommon : enCommon, override);
}
