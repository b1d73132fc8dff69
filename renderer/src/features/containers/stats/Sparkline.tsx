import Box from '@mui/material/Box';

export interface Series {
  label: string;
  color: string;
  /** [epoch ms, value] points, oldest first. */
  points: readonly (readonly [number, number])[];
}

/**
 * A small line chart in plain SVG: the window [now - windowMs, now] on x, 0 to the largest value (or
 * `max`) on y, one polyline per series with a light fill under the first. Purely visual: the numbers
 * it shows are written out beside it.
 */
export function Sparkline({ series, windowMs, now, max, height = 72, label }: { series: readonly Series[]; windowMs: number; now: number; max?: number; height?: number; label: string }) {
  const width = 300;
  const top = Math.max(max ?? 0, ...series.flatMap((s) => s.points.map((p) => p[1])), 1e-9);
  const x = (t: number) => ((t - (now - windowMs)) / windowMs) * width;
  const y = (v: number) => height - 2 - (v / top) * (height - 6);
  return (
    <Box component="svg" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={label} sx={{ width: '100%', height, display: 'block', overflow: 'visible' }}>
      {[0.25, 0.5, 0.75].map((f) => (
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
