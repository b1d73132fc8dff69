import Box from '@mui/material/Box';

export interface Series {
  label: string;
  color: string;
  /** [epoch ms, value] points, oldest first. */
  points: readonly (readonly [number, number])[];
}

/**
 * A small line chart in plain SVG: the window [now - windowMs, now] on x, 0 to the largest value (or
 * `max`) on y, one polyline per series with a light fill under the first. The y axis is labelled at its
 * top, middle and 0 with `formatValue`, as HTML beside the SVG (text inside a stretched SVG would stretch).
 */
export function Sparkline({
  series,
  windowMs,
  now,
  max,
  height = 72,
  label,
  formatValue,
}: {
  series: readonly Series[];
  windowMs: number;
  now: number;
  max?: number;
  height?: number;
  label: string;
  formatValue(value: number): string;
}) {
  const width = 300;
  const top = Math.max(max ?? 0, ...series.flatMap((s) => s.points.map((p) => p[1])), 1e-9);
  const ticks = [top, top / 2, 0];
  return (
    <Box sx={{ display: 'flex', gap: 0.75 }}>
      <Box
        aria-hidden
        data-testid="y-axis"
        sx={{ height, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 10, lineHeight: 1, fontVariantNumeric: 'tabular-nums', minWidth: 44, whiteSpace: 'nowrap' }}
      >
        {ticks.map((tick, index) => (
          <span key={index}>{formatValue(tick)}</span>
        ))}
      </Box>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Chart series={series} windowMs={windowMs} now={now} top={top} height={height} width={width} label={label} />
      </Box>
    </Box>
  );
}

function Chart({ series, windowMs, now, top, height, width, label }: { series: readonly Series[]; windowMs: number; now: number; top: number; height: number; width: number; label: string }) {
  const x = (t: number) => ((t - (now - windowMs)) / windowMs) * width;
  const y = (v: number) => height - 2 - (v / top) * (height - 6);
  return (
    <Box component="svg" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={label} sx={{ width: '100%', height, display: 'block', overflow: 'visible' }}>
      {[0, 0.5].map((f) => (
        <line key={f} x1={0} x2={width} y1={height * f} y2={height * f} stroke="currentColor" strokeOpacity={0.08} vectorEffect="non-scaling-stroke" />
      ))}
      {series.map((s, index) => {
        if (s.points.length === 0) return null;
        const path = s.points.map(([t, v]) => `${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
        const firstX = x(s.points[0]![0]).toFixed(1);
        const lastX = x(s.points[s.points.length - 1]![0]).toFixed(1);
        return (
          <g key={s.label}>
            {index === 0 && <polygon points={`${firstX},${height} ${path} ${lastX},${height}`} fill={s.color} fillOpacity={0.12} />}
            <polyline points={path} fill="none" stroke={s.color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
          </g>
        );
      })}
    </Box>
  );
}
