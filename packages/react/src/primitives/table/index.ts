export type { CellValue, ColumnTable, TableColumn, TableOptions } from './columns';
export { columnHelper, tableFromColumns, tableToCsv } from './columns';
