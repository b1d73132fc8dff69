import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerStatsSample, ContainerSummary } from '../../../../../shared/contract/containers';
import { useStream } from '../../../api/hooks';
import { formatBytes, formatMemory } from '../../../lib/bytes';
import { Sparkline, type Series } from './Sparkline';

/** How much history the charts show. */
const WINDOW_MS = 5 * 60 * 1000;

function subscribeVisibility(listener: () => void) {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
}

/** Whether the page is visible (not a background tab or a minimised window). */
function useDocumentVisible(): boolean {
  return useSyncExternalStore(subscribeVisibility, () => document.visibilityState === 'visible');
}

type Point = readonly [number, number];

/** Per-second rate between consecutive samples of a counter. */
function rates(samples: readonly ContainerStatsSample[], pick: (s: ContainerStatsSample) => number): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    const seconds = (b.time - a.time) / 1000;
    if (seconds > 0) out.push([b.time, Math.max(0, (pick(b) - pick(a)) / seconds)]);
  }
  return out;
}

/**
 * docker stats as charts over the last five minutes. The stream is open only while this tab is shown,
 * the page is visible and the container runs; history is kept for the tab's life.
 */
export function StatsTab({ container }: { container: ContainerSummary }) {
  const { t } = useTranslation('stats');
  const theme = useTheme();
  const visible = useDocumentVisible();
  const running = container.state === 'running';
  const [list, setList] = useState<readonly ContainerStatsSample[]>([]);

  useStream(
    'containers.stats',
    { id: container.id },
    (sample) => {
      const cutoff = sample.time - WINDOW_MS - 2000;
      setList((current) => [...current.filter((s) => s.time >= cutoff), sample]);
    },
    { enabled: visible && running },
  );

  const last = list[list.length - 1];
  const now = last?.time ?? 0;
  const c = theme.palette;
  const colors = { a: c.primary.main, b: c.mode === 'dark' ? '#d2a8ff' : '#8250df', cpu: c.success.main, mem: c.warning.main };

  const cpu: Series[] = [{ label: t('series.cpu'), color: colors.cpu, points: list.map((s) => [s.time, s.cpuPercent] as const) }];
  const memory: Series[] = [{ label: t('series.memory'), color: colors.mem, points: list.map((s) => [s.time, s.memoryBytes] as const) }];
  const network: Series[] = [
    { label: t('series.received'), color: colors.a, points: rates(list, (s) => s.networkRxBytes) },
    { label: t('series.sent'), color: colors.b, points: rates(list, (s) => s.networkTxBytes) },
  ];
  const block: Series[] = [
    { label: t('series.read'), color: colors.a, points: rates(list, (s) => s.blockReadBytes) },
    { label: t('series.written'), color: colors.b, points: rates(list, (s) => s.blockWriteBytes) },
  ];
  const pids: Series[] = [{ label: t('series.pids'), color: colors.a, points: list.map((s) => [s.time, s.pids] as const) }];
  const lastRate = (series: Series) => series.points[series.points.length - 1]?.[1];

  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2 }}>
      {!running && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {list.length > 0 ? t('notRunningWithHistory') : t('notRunning')}
        </Alert>
      )}
      {running && !last && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} role="status">
          {t('waiting')}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 2 }}>
        <Card id="cpu" title={t('cards.cpu')} value={last ? `${last.cpuPercent.toFixed(1)}%` : '—'} sub={t('cards.cpuSub')} series={cpu} now={now} max={100} formatValue={percent}>
          <Legend series={cpu} />
        </Card>
        <Card
          id="memory"
          title={t('cards.memory')}
          value={last ? formatMemory(last.memoryBytes) : '—'}
          sub={last ? t('cards.memorySub', { limit: formatMemory(last.memoryLimitBytes), percent: ((last.memoryBytes / Math.max(1, last.memoryLimitBytes)) * 100).toFixed(1) }) : ''}
          series={memory}
          now={now}
          formatValue={formatMemory}
        />
        <Card
          id="network"
          title={t('cards.network')}
          value={lastRate(network[0]!) === undefined ? '—' : `↓ ${formatBytes(lastRate(network[0]!)!)}/s  ↑ ${formatBytes(lastRate(network[1]!)!)}/s`}
          sub={last ? t('cards.networkTotal', { rx: formatBytes(last.networkRxBytes), tx: formatBytes(last.networkTxBytes) }) : ''}
          series={network}
          now={now}
          formatValue={perSecond}
        >
          <Legend series={network} />
        </Card>
        <Card
          id="block-i-o"
          title={t('cards.blockIo')}
          value={lastRate(block[0]!) === undefined ? '—' : t('cards.blockRate', { read: formatBytes(lastRate(block[0]!)!), written: formatBytes(lastRate(block[1]!)!) })}
          sub={last ? t('cards.blockTotal', { read: formatBytes(last.blockReadBytes), written: formatBytes(last.blockWriteBytes) }) : ''}
          series={block}
          now={now}
          formatValue={perSecond}
        >
          <Legend series={block} />
        </Card>
        <Card id="pids" title={t('cards.pids')} value={last ? String(last.pids) : '—'} sub={t('cards.pidsSub')} series={pids} now={now} formatValue={count} />
      </Box>
    </Box>
  );
}

const percent = (value: number) => `${Math.round(value)}%`;
const perSecond = (value: number) => `${formatBytes(value)}/s`;
const count = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function Card({
  id,
  title,
  value,
  sub,
  series,
  now,
  max,
  formatValue,
  children,
}: {
  /** Names the value for tests (`stat-<id>`), whatever the language. */
  id: string;
  title: string;
  value: string;
  sub: string;
  series: Series[];
  now: number;
  max?: number;
  formatValue(value: number): string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('stats');
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
        <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'pre' }} data-testid={`stat-${id}`}>
          {value}
        </Typography>
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ mt: -0.75, textAlign: 'right', whiteSpace: 'pre' }}>
        {sub || '\u00a0'}
      </Typography>
      <Box sx={{ color: 'text.secondary' }}>
        <Sparkline series={series} windowMs={WINDOW_MS} now={now} max={max} formatValue={formatValue} label={t('chart.label', { title })} />
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', color: 'text.secondary', fontSize: 11 }}>
        <span>{t('chart.ago')}</span>
        {children}
        <span>{t('chart.now')}</span>
      </Box>
    </Paper>
  );
}

function Legend({ series }: { series: Series[] }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 1.5 }}>
      {series.map((s) => (
        <Box component="span" key={s.label} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <Box component="span" sx={{ width: 10, height: 2, bgcolor: s.color, borderRadius: 1 }} />
          {s.label}
        </Box>
      ))}
    </Box>
  );
}
