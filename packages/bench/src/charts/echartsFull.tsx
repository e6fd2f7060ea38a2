import * as echarts from 'echarts';
import { useEffect, useMemo, useRef } from 'react';
import { paretoOption } from './echartsOption';
import type { ParetoProps } from './types';

/**
 * ECharts imported whole (`import * as echarts from 'echarts'`, the getting-started way), the default canvas
 * renderer, `init` + `setOption` in an effect. (The bench reads `data-rendered`, set on ECharts' `finished`
 * event, to know when the chart is drawn.)
 */
export function EchartsFullPareto({ data, width, height }: ParetoProps) {
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
