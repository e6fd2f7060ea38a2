import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { paretoOption } from './echartsOption';
import type { ParetoProps } from './types';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/**
 * ECharts in React as the docs show it: tree-shaken imports (echarts/core + the parts used), the default canvas
 * renderer, `init` + `setOption` in an effect. (The bench reads `data-rendered`, set on ECharts' `finished`
 * event, to know when the chart is drawn.)
 */
export function EchartsPareto({ data, width, height }: ParetoProps) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(() => paretoOption(data), [data]);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, null, { width, height });
    chart.on('finished', () => {
      element.dataset.rendered = 'true';
    });
    chart.setOption(option);
    return () => chart.dispose();
  }, [option, width, height]);
  return <div ref={ref} style={{ width, height }} />;
}
