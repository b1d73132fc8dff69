import CompareArrowsOutlined from '@mui/icons-material/CompareArrowsOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerAnalysis, LayerInfo } from '../../../../../shared/contract/layers';
import { useExplainError } from '../../../api/errors';
import { monoFont } from '../../../components/theme';
import { formatBytes } from '../../../lib/bytes';
import { instructionBody, instructionKeyword } from '../image-words';
import { SectionTitle } from '../parts';
import { CompareDialog } from './CompareDialog';
import { LayerFiles } from './LayerFiles';
import { layerTableSx } from './layer-table';
import { hintText, layerNumber, scorePercent } from './layer-words';
import { useLayerAnalysis } from './use-layer-analysis';

/**
 * The image's Layers tab, as dive shows an image: each layer with the step that made it and what it changed,
 * the tree after the chosen layer, the waste and what to do about it, the largest files; another image
 * compared on demand. `name` is what the page calls the image.
 */
export function LayersView({ image, name }: { image: string; name: string }) {
  const [attempt, setAttempt] = useState(0);
  return <Analysis key={attempt} image={image} name={name} onAgain={() => setAttempt((n) => n + 1)} />;
}

function Analysis({ image, name, onAgain }: { image: string; name: string; onAgain(): void }) {
  const { t } = useTranslation('layers');
  const explain = useExplainError();
  const [reading, setReading] = useState(true);
  const state = useLayerAnalysis(image, reading);

  if (state.kind === 'reading') {
    const percent = state.totalBytes > 0 ? Math.min(100, (state.bytes / state.totalBytes) * 100) : 0;
    return (
      <Box sx={{ p: 3, display: 'flex', flexDirection: 'column', gap: 1.5, maxWidth: 560 }}>
        <Typography variant="body2">{t('reading', { read: formatBytes(state.bytes), total: formatBytes(state.totalBytes) })}</Typography>
        <LinearProgress variant={state.totalBytes > 0 ? 'determinate' : 'indeterminate'} value={percent} aria-label={t('readingLabel')} />
        <Box>
          <Button size="small" onClick={() => setReading(false)}>
            {t('cancel')}
          </Button>
        </Box>
      </Box>
    );
  }
  if (state.kind !== 'done') {
    const explained = state.kind === 'failed' ? explain(state.error) : null;
    return (
      <Alert
        // eslint-disable-next-line berth/no-literal-ui-text -- an alert severity, not words
        severity={state.kind === 'failed' ? 'error' : 'info'}
        sx={{ m: 2 }}
        action={
          <Button color="inherit" size="small" onClick={onAgain}>
            {t('again')}
          </Button>
        }
      >
        {explained ? `${t('failed')}: ${explained.detail ?? explained.summary}` : t('cancelled')}
      </Alert>
    );
  }
  return <Layers image={image} name={name} analysis={state.analysis} />;
}

function Layers({ image, name, analysis }: { image: string; name: string; analysis: LayerAnalysis }) {
  const { t } = useTranslation('layers');
  const [selected, setSelected] = useState(analysis.layers.length - 1);
  const [comparing, setComparing] = useState(false);
  const emptySteps = analysis.steps.filter((step) => step.layer === null).length;
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Summary analysis={analysis} onCompare={() => setComparing(true)} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(360px, 5fr) 7fr' }, gap: 2, alignItems: 'start' }}>
        <Box>
          <LayerList layers={analysis.layers} selected={selected} onSelect={setSelected} />
          {emptySteps > 0 && (
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
              {t('list.emptySteps', { count: emptySteps })}
            </Typography>
          )}
        </Box>
        <LayerFiles image={analysis.imageId} layer={selected} />
      </Box>
      <Hints analysis={analysis} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <TopWasted analysis={analysis} />
        <Largest analysis={analysis} />
      </Box>
      {comparing && <CompareDialog image={image} name={name} onClose={() => setComparing(false)} />}
    </Box>
  );
}

function Summary({ analysis, onCompare }: { analysis: LayerAnalysis; onCompare(): void }) {
  const { t } = useTranslation('layers');
  const { efficiency } = analysis;
  const facts: [string, string, string?][] = [
    [t('summary.score'), scorePercent(efficiency.score), t('summary.scoreHelp')],
    [t('summary.wasted'), formatBytes(efficiency.wastedBytes), t('summary.wastedHelp')],
    [t('summary.size'), formatBytes(analysis.totalBytes)],
    [t('summary.files'), analysis.files.toLocaleString()],
    [t('summary.layers'), String(analysis.layers.length)],
  ];
  return (
    <Box component="section" aria-label={t('summary.label')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, alignItems: 'center' }}>
      {facts.map(([label, value, help]) => (
        <Tooltip key={label} title={help ?? ''}>
          <Box aria-label={`${label}: ${value}`} role="group">
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {label}
            </Typography>
            <Typography variant="h6" component="p" sx={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.3 }}>
              {value}
            </Typography>
          </Box>
        </Tooltip>
      ))}
      <Box sx={{ flex: 1 }} />
      <Button startIcon={<CompareArrowsOutlined fontSize="small" />} onClick={onCompare}>
        {t('summary.compare')}
      </Button>
    </Box>
  );
}

/** The layers, bottom first as the Dockerfile reads; ↑/↓ move the selection. */
function LayerList({ layers, selected, onSelect }: { layers: readonly LayerInfo[]; selected: number; onSelect(index: number): void }) {
  const { t } = useTranslation('layers');
  const onKeyDown = (event: KeyboardEvent) => {
    const next = event.key === 'ArrowDown' ? selected + 1 : event.key === 'ArrowUp' ? selected - 1 : null;
    if (next === null || next < 0 || next >= layers.length) return;
    event.preventDefault();
    onSelect(next);
    (event.currentTarget.querySelector(`[data-layer="${next}"]`) as HTMLElement | null)?.focus();
  };
  return (
    <Box role="listbox" aria-label={t('list.label')} onKeyDown={onKeyDown} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
      {layers.map((layer) => {
        const number = layerNumber(layer.index);
        const instruction = layer.instruction || t('list.noInstruction');
        const active = layer.index === selected;
        return (
          <Box
            key={layer.index}
            role="option"
            aria-selected={active}
            aria-label={t('list.row', { number, instruction })}
            data-layer={layer.index}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(layer.index)}
            sx={{
              display: 'grid',
              gridTemplateColumns: '28px 1fr auto',
              gap: 1,
              px: 1.5,
              py: 0.75,
              cursor: 'pointer',
              borderTop: 1,
              borderColor: 'divider',
              '&:first-of-type': { borderTop: 0 },
              bgcolor: active ? 'action.selected' : undefined,
              '&:hover': { bgcolor: active ? 'action.selected' : 'action.hover' },
              '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
            }}
          >
            <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {number}
            </Typography>
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2" title={instruction} sx={{ fontFamily: monoFont, fontSize: 12, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                {layer.instruction ? (
                  <>
                    <Box component="b" sx={{ mr: 0.75 }}>
                      {instructionKeyword(layer.instruction)}
                    </Box>
                    {instructionBody(layer.instruction)}
                  </>
                ) : (
                  instruction
                )}
              </Typography>
              <ChangeCounts layer={layer} />
            </Box>
            <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
              {formatBytes(layer.sizeBytes)}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}

function ChangeCounts({ layer }: { layer: LayerInfo }) {
  const { t } = useTranslation('layers');
  const part = (count: number, key: 'added' | 'modified' | 'deleted', color: string): ReactNode =>
    count > 0 && (
      <Box component="span" sx={{ color, mr: 1 }}>
        {t(`list.${key}`, { count })}
      </Box>
    );
  return (
    <Typography variant="caption" component="div" title={t('list.changesTitle', { added: layer.added, modified: layer.modified, deleted: layer.deleted })} sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {part(layer.added, 'added', 'success.main')}
      {part(layer.modified, 'modified', 'warning.main')}
      {part(layer.deleted, 'deleted', 'error.main')}
      {layer.opaque && (
        <Tooltip title={t('list.opaqueTitle')}>
          <Box component="span" sx={{ color: 'text.secondary', border: 1, borderColor: 'divider', borderRadius: 0.5, px: 0.5 }}>
            {t('list.opaque')}
          </Box>
        </Tooltip>
      )}
    </Typography>
  );
}

/** A titled part of the tab; `empty`: the sentence shown instead of its contents when it has none. */
function LayerSection({ title, empty, children }: { title: string; empty: string | null; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title}>
      <SectionTitle>{title}</SectionTitle>
      {empty === null ? (
        children
      ) : (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      )}
    </Box>
  );
}

function Hints({ analysis }: { analysis: LayerAnalysis }) {
  const { t } = useTranslation('layers');
  return (
    <LayerSection title={t('hints.title')} empty={analysis.hints.length === 0 ? t('hints.none') : null}>
      <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        {analysis.hints.map((hint, index) => (
          <Typography key={index} component="li" variant="body2">
            {hintText(t, hint)}
          </Typography>
        ))}
      </Box>
    </LayerSection>
  );
}

function TopWasted({ analysis }: { analysis: LayerAnalysis }) {
  const { t } = useTranslation('layers');
  const files = analysis.efficiency.topWasted;
  return (
    <LayerSection title={t('wasted.title')} empty={files.length === 0 ? t('wasted.none') : null}>
      <Box component="table" aria-label={t('wasted.title')} sx={layerTableSx}>
        <thead>
          <tr>
            <th>{t('wasted.path')}</th>
            <th className="num">{t('wasted.bytes')}</th>
            <th>{t('wasted.layers')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.path}>
              <td className="path">{`/${file.path}`}</td>
              <td className="num">{formatBytes(file.wastedBytes)}</td>
              <td>{file.occurrences.map((copy) => `${layerNumber(copy.layer)} ${t(`files.changes.${copy.change}`)}`).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </Box>
    </LayerSection>
  );
}

function Largest({ analysis }: { analysis: LayerAnalysis }) {
  const { t } = useTranslation('layers');
  return (
    <LayerSection title={t('largest.title')} empty={null}>
      <Box component="table" aria-label={t('largest.title')} sx={layerTableSx}>
        <thead>
          <tr>
            <th>{t('largest.path')}</th>
            <th className="num">{t('largest.size')}</th>
            <th className="num">{t('largest.layer')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.largest.map((file) => (
            <tr key={file.path}>
              <td className="path">{`/${file.path}`}</td>
              <td className="num">{formatBytes(file.sizeBytes)}</td>
              <td className="num">{layerNumber(file.layer)}</td>
            </tr>
          ))}
        </tbody>
      </Box>
    </LayerSection>
  );
}
