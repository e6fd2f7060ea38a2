export type { Catalogue, ChartMessages, MessageFamily } from './catalogue';
export { catalogue as messagesDe } from './de';
export { catalogue as messagesEn } from './en';
export type { FamilyCatalogues, ResolvedMessages } from './resolve';
export { languageOf, mergeMessages, resolveCommon, resolveMessages } from './resolve';
export { translate } from './translate';
export type { DeepPartial, Message, MessageParams, MessageShape, PluralMessage } from './types';
