// @kamkit/import/react: the import panel. The parsing and checking it drives come from `@kamkit/import`.
export { ImportPanel, type ImportPanelProps } from './ImportPanel';
