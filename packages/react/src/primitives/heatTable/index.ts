export { HeatTable, type HeatTableProps } from './HeatTable';
export {
  type HeatCell,
  type HeatCellBox,
  type HeatColumn,
  type HeatTableInput,
  type HeatTableLayout,
  layoutHeatTable,
} from './layout';
