import CloseOutlined from '@mui/icons-material/CloseOutlined';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { LayerProgress } from '../../../../shared/contract/images';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { useExplainError } from '../../api/errors';
import { checkReference, imageErrorWording, type ReferenceCheck } from './image-words';
import type { TransferProgressEvent } from './jobs/jobs';

/**
 * A text field for an image reference, checked live with the shared parser: it says what the reference means
 * in full (docker.io/library/busybox:latest) or exactly what is wrong with it.
 */
export function ReferenceField({
  label,
  value,
  onChange,
  mode,
  autoFocus,
  hint,
  extraProblem,
  judged = true,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  mode: 'pull' | 'taggable';
  autoFocus?: boolean;
  /** Shown while the field is empty. */
  hint: string;
  /** A problem the parser cannot see (e.g. "already this image's tag"). */
  extraProblem?: string | null;
  /**
   * false while the value is still the one the dialog offered (`team/app:`, waiting for its tag): a field the
   * user has not typed in yet is not shown as an error. The submit button still knows it is incomplete.
   */
  judged?: boolean;
}) {
  const { t } = useTranslation('images');
  const check: ReferenceCheck = checkReference(t, value, mode);
  const problem = !judged ? null : check.state === 'error' ? check.message : (extraProblem ?? null);
  const helper =
    problem ??
    (check.state === 'ok' ? (
      <Trans
        t={t}
        i18nKey="reference.means"
        values={{ canonical: check.canonical }}
        components={{ mono: <Box component="span" sx={{ fontFamily: monoFont }} data-testid="normalised-reference" /> }}
      />
    ) : (
      hint
    ));
  return (
    <TextField
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      autoFocus={autoFocus}
      error={problem !== null}
      helperText={helper}
      fullWidth
      slotProps={{
        htmlInput: { spellCheck: false, autoCapitalize: 'off', autoComplete: 'off', style: { fontFamily: monoFont } },
        formHelperText: { role: problem ? 'alert' : undefined, 'data-testid': 'reference-help' } as object,
      }}
    />
  );
}

/** An error in words: the code's meaning, then main's message; actions (Sign in, Try again) beside it. */
export function ErrorAlert({ error, title, action }: { error: unknown; title: string; action?: ReactNode }) {
  // Where main's own words already say it all (a failed step, a missing file, a conflict), the code's meaning is noise.
  const { t } = useTranslation('images');
  const explain = useExplainError();
  const { summary, detail } = explain(error, { ...imageErrorWording(t), mainWordsFirst: true });
  return (
    <Alert severity="error" role="alert" action={action} sx={{ '& .MuiAlert-message': { minWidth: 0, wordBreak: 'break-word' }, '& .MuiAlert-action': { whiteSpace: 'nowrap' } }}>
      <AlertTitle>{title}</AlertTitle>
      {detail ?? summary}
      {detail && <Box sx={{ mt: 0.5, opacity: 0.85 }}>{summary}</Box>}
    </Alert>
  );
}

/** A layer's phase in words: `transfer.phase.<phase>`. */
const phaseKey = (phase: LayerProgress['phase']) => `transfer.phase.${phase}` as const;

/** One bar for the whole transfer (bytes and rate), then each layer's state, folded away by default. */
export function TransferProgressView({ progress, status, label, finished }: { progress: TransferProgressEvent | null; status: string; label: string; finished: boolean }) {
  const { t } = useTranslation('images');
  const [open, setOpen] = useState(false);
  const layers = progress?.layers ?? [];
  const known = progress !== null && progress.bytesTotal > 0;
  const percent = finished ? 100 : Math.round((progress?.fraction ?? 0) * 100);
  const listId = useId();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <LinearProgress
        variant={known || finished ? 'determinate' : 'indeterminate'}
        value={percent}
        aria-label={label}
        aria-valuetext={known ? t('transfer.valueText', { percent, done: formatBytes(progress.bytesDone), total: formatBytes(progress.bytesTotal) }) : status}
        sx={{ height: 6, borderRadius: 3 }}
      />
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, fontVariantNumeric: 'tabular-nums' }}>
        <Typography variant="body2" sx={{ flex: 1, minWidth: 0 }} noWrap data-testid="transfer-status">
          {status}
        </Typography>
        {known && (
          <Typography variant="body2" color="text.secondary" data-testid="transfer-bytes">
            {t('transfer.bytes', { done: formatBytes(progress.bytesDone), total: formatBytes(progress.bytesTotal) })}
            {progress.bytesPerSecond > 0 && !finished ? t('transfer.rate', { rate: formatBytes(progress.bytesPerSecond) }) : ''}
          </Typography>
        )}
      </Box>
      {layers.length > 0 && (
        <Box>
          <Button
            size="small"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={listId}
            startIcon={open ? <ExpandLess fontSize="small" /> : <ExpandMore fontSize="small" />}
            sx={{ ml: -0.5 }}
          >
            {open ? t('transfer.hideLayers') : t('transfer.showLayers', { count: layers.length })}
          </Button>
          <Collapse in={open}>
            <Box component="ul" id={listId} aria-label={t('transfer.layers')} sx={{ m: 0, mt: 0.5, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 220, overflow: 'auto' }}>
              {layers.map((layer) => (
                <LayerRow key={layer.id} layer={layer} />
              ))}
            </Box>
          </Collapse>
        </Box>
      )}
    </Box>
  );
}

function LayerRow({ layer }: { layer: LayerProgress }) {
  const { t } = useTranslation('images');
  const done = layer.phase === 'complete' || layer.phase === 'exists' || layer.phase === 'downloaded';
  const fraction = layer.totalBytes ? Math.min(1, layer.currentBytes / layer.totalBytes) : done ? 1 : 0;
  return (
    <Box
      component="li"
      aria-label={t('transfer.layerLabel', { id: layer.id, phase: t(phaseKey(layer.phase)) })}
      sx={{ display: 'grid', gridTemplateColumns: '110px 1fr 120px 130px', alignItems: 'center', gap: 1.5, px: 1.5, py: 0.5, fontSize: 12, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}
    >
      <Box sx={{ fontFamily: monoFont }}>{layer.id.slice(0, 12)}</Box>
      <LinearProgress variant="determinate" value={fraction * 100} color={done ? 'success' : 'primary'} sx={{ height: 4, borderRadius: 2 }} aria-hidden />
      <Box sx={{ color: done ? 'success.main' : 'text.secondary' }} title={layer.status}>
        {t(phaseKey(layer.phase))}
      </Box>
      <Box sx={{ color: 'text.secondary', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {layer.totalBytes ? t('transfer.layerBytes', { done: formatBytes(layer.currentBytes), total: formatBytes(layer.totalBytes) }) : ''}
      </Box>
    </Box>
  );
}

/** Bytes through a save or load, with a bar when the total is known. */
export function ArchiveProgressView({ bytes, totalBytes, label, finished }: { bytes: number; totalBytes: number | null; label: string; finished: boolean }) {
  const { t } = useTranslation('images');
  const percent = finished ? 100 : totalBytes ? Math.min(100, Math.round((bytes / totalBytes) * 100)) : 0;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <LinearProgress variant={totalBytes || finished ? 'determinate' : 'indeterminate'} value={percent} aria-label={label} sx={{ height: 6, borderRadius: 3 }} />
      <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="archive-bytes">
        {!totalBytes ? formatBytes(bytes) : finished ? t('archive.bytesDone', { bytes: formatBytes(bytes) }) : t('archive.bytesOfAbout', { bytes: formatBytes(bytes), total: formatBytes(totalBytes) })}
      </Typography>
    </Box>
  );
}

/** A dialog's title row with an optional close button. */
export function DialogHeading({ id, children, onClose, closeLabel }: { id: string; children: ReactNode; onClose?(): void; closeLabel?: string }) {
  const { t } = useTranslation('images');
  const label = closeLabel ?? t('dialog.close');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography id={id} variant="h6" component="h2" sx={{ flex: 1, minWidth: 0, wordBreak: 'break-word' }}>
        {children}
      </Typography>
      {onClose && (
        <Tooltip title={label}>
          <IconButton aria-label={label} onClick={onClose} edge="end">
            <CloseOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
    </Box>
  );
}

/** A heading inside an image view's tab (Overview's groups, the Layers tab's parts). */
export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Typography variant="subtitle2" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
      {children}
    </Typography>
  );
}
