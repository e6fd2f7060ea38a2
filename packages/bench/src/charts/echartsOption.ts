import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Account } from '../data';
import { paretoRows } from './paretoRows';
import { CUTOFF } from './types';

export type ParetoOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** The ECharts option of a Pareto chart: bars on the first y axis, cumulative share on the second, a markLine cutoff. */
export function paretoOption(data: readonly Account[]): ParetoOption {
  const rows = paretoRows(data);
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 64, right: 52, top: 40, bottom: 44 },
    xAxis: {
      type: 'category',
      data: rows.map((d) => d.name),
      name: 'Accounts, largest first',
      nameLocation: 'middle',
      axisLabel: { show: false },
    },
    yAxis: [
      { type: 'value', name: 'Revenue' },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: 'Revenue', data: rows.map((d) => d.revenue), itemStyle: { color: '#4f46e5' } },
      {
        type: 'line',
        name: 'Cumulative share',
        yAxisIndex: 1,
        data: rows.map((d) => d.cumulative),
        showSymbol: false,
        itemStyle: { color: '#f59e0b' },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#dc2626', type: 'dashed' },
          data: [{ yAxis: CUTOFF * 100 }],
        },
      },
    ],
  };
}
