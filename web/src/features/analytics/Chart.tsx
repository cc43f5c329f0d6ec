import { useComputedColorScheme } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption } from './echarts';

export interface ChartHandle {
  /** The chart as a PNG data URL (for "Download PNG"). */
  png: () => string | null;
}

interface Props {
  option: EChartsCoreOption;
  height: number;
  /** Called with the series and data index of a clicked bar, point or slice. */
  onPick?: (seriesIndex: number, dataIndex: number) => void;
  label: string;
  handle?: (handle: ChartHandle | null) => void;
}

/** An ECharts chart (canvas, so it saves as PNG) that follows the light or dark theme and its box's width. */
export function Chart({ option, height, onPick, label, handle }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, scheme === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => pick.current?.(event.seriesIndex ?? 0, event.dataIndex));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(box.current);
    handle?.({ png: () => pngOf(instance, scheme) });
    return () => {
      handle?.(null);
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [scheme]);

  useEffect(() => {
    chart.current?.setOption({ backgroundColor: 'transparent', ...withLabelColor(option, scheme === 'dark' ? '#c9c9c9' : '#3b3b3b') }, { notMerge: true });
  }, [option, scheme]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}

/**
 * Labels beside a funnel's stages or a pie's slices in the theme's text colour: ECharts colours them
 * like their shape, and a yellow stage's label on white (or a dark blue one on dark) is unreadable.
 */
function withLabelColor(option: EChartsCoreOption, color: string): EChartsCoreOption {
  const series = option.series;
  if (!Array.isArray(series)) return option;
  return {
    ...option,
    series: series.map((item: Record<string, unknown>) => (item.type === 'funnel' || item.type === 'pie'
      ? { ...item, label: { ...(item.label as object | undefined), color } }
      : item)),
  };
}

function pngOf(instance: echarts.ECharts, scheme: string): string | null {
  return instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: scheme === 'dark' ? '#242424' : '#ffffff' });
}
