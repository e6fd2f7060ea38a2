// @kamkit/import/react: the import panel. The parsing and checking it drives come from `@kamkit/import`;
// its words from the English and German catalogues below. Styles: `@kamkit/import/react/styles.css`.
export { ImportPanel, type ImportPanelProps } from './ImportPanel';
export {
  type ImportMessages,
  importMessages,
  importMessagesDe,
  importMessagesEn,
  type ResultCounts,
} from './messages';
export { pastedText } from './usePaste';
