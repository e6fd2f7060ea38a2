import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { paretoOption } from './echartsOption';
import type { ParetoProps } from './types';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

/**
 * ECharts on the server as its docs show (server-side rendering): an `ssr: true` SVG instance without a DOM,
 * `renderToSVGString()`, the SVG inlined into the React tree.
 */
export function EchartsServerPareto({ data, width, height }: ParetoProps) {
  const svg = useMemo(() => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    chart.setOption(paretoOption(data));
    const markup = chart.renderToSVGString();
    chart.dispose();
    return markup;
  }, [data, width, height]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: ECharts' own SSR markup, inlined as its docs show
  return <div style={{ width, height }} dangerouslySetInnerHTML={{ __html: svg }} />;
}
