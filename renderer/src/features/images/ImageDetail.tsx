import CloudUploadOutlined from '@mui/icons-material/CloudUploadOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import LocalOfferOutlined from '@mui/icons-material/LocalOfferOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import { alpha, lighten } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { HistoryEntry, ImageDetails, ImageSummary } from '../../../../shared/contract/images';
import { BerthError } from '../../../../shared/contract/errors';
import { useOp } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { JsonView } from '../../components/JsonView';
import { formatBytes } from '../../lib/bytes';
import { useNow } from '../../lib/useNow';
import { EngineUnavailable } from '../engine';
import { useEngineStatus } from '../../api/engine-status';
import { formatDateTime, formatRelative } from '../../lib/time';
import { openImageDialog } from './dialogs';
import { isTagged, rowReference, shortImageId } from './image-rows';
import { useExplainError, type ErrorWording, type HumanError } from '../../api/errors';
import { imageErrorWording, instructionBody, instructionKeyword } from './image-words';
import { SectionTitle } from './parts';
import { RemoveImagesDialog } from './RemoveImagesDialog';
import { TagDialog } from './TagDialog';
import { routes, type ImageTab } from '../../../../shared/routes';
import { navigate } from '../../lib/routing';
import { lazyNamed } from '../../lib/lazy';
import { DelayedSpinner } from '../../components/DelayedSpinner';
import { DetailGone, DetailHeader, DetailTabs } from '../../components/DetailHeader';
import { Fact as Field, Words, factMono as mono } from '../../components/FactList';

const TABS: readonly ImageTab[] = ['overview', 'history', 'layers', 'inspect'];
/** dive's view of the image: its own chunk, loaded when the tab is first opened. */
const LayersView = lazyNamed(() => import('./layers/LayersView'), 'LayersView');
const ALL_IMAGES = {};

/** #/images/<id>?tab=…: one image — its configuration, the layers' history, and the engine's JSON. */
export function ImageDetail({ id, tab, onRun }: { id: string; tab: ImageTab; onRun(image: string, id: string): Promise<void> }) {
  const { t } = useTranslation('images');
  const explain = useExplainError();
  const engine = useEngineStatus();
  const inspect = useOp('images.inspect', { image: id });
  const list = useOp('images.list', ALL_IMAGES);
  const rows = (list.data ?? []).filter((row) => row.id === (inspect.data?.id ?? id));

  if (engine?.state === 'unavailable') return <EngineUnavailable status={engine} />;
  if (inspect.isError) {
    const gone = inspect.error instanceof BerthError && inspect.error.code === 'NOT_FOUND';
    return (
      // eslint-disable-next-line berth/no-literal-ui-text -- an alert severity, not words
      <DetailGone section={{ label: t('detail.section'), href: routes.images() }} severity={gone ? 'info' : 'error'}>
        {gone ? t('detail.gone', { id: shortImageId(id) }) : imageErrorText(explain, t, inspect.error)}
      </DetailGone>
    );
  }
  if (!inspect.data) {
    return (
      <Box role="status" aria-label={t('detail.loading')} sx={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <CircularProgress size={28} />
      </Box>
    );
  }
  return <Detail opened={id} details={inspect.data} rows={rows} all={list.data ?? []} tab={tab} onRun={onRun} />;
}

function Detail({
  opened,
  details,
  rows,
  all,
  tab,
  onRun,
}: {
  /** The reference or id in the address. */
  opened: string;
  details: ImageDetails;
  rows: ImageSummary[];
  all: readonly ImageSummary[];
  tab: ImageTab;
  onRun(image: string, id: string): Promise<void>;
}) {
  const { t } = useTranslation('images');
  const tabs = useMemo(() => TABS.map((tab) => ({ id: tab, label: t(`detail.tabs.${tab}`) })), [t]);
  const [dialog, setDialog] = useState<'tag' | 'remove' | null>(null);
  const tagged = rows.filter(isTagged);
  // The tag the page was opened by (imageRoute), else the image's first.
  const main = tagged.find((row) => rowReference(row) === opened) ?? tagged[0] ?? rows[0];
  // What Remove lists and names first is that same tag.
  const removable = main ? [main, ...rows.filter((row) => row !== main)] : rows;
  const untaggedName = t('detail.untaggedName', { id: shortImageId(details.id) });
  const name = main ? (isTagged(main) ? rowReference(main) : untaggedName) : (details.repoTags[0] ?? untaggedName);
  const reference = main && isTagged(main) ? rowReference(main) : details.id;
  const setTab = (next: ImageTab) => navigate(routes.image(opened, { tab: next }));
  const created = Date.parse(details.created) / 1000;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <DetailHeader
        section={{ label: t('detail.section'), href: routes.images() }}
        title={name}
        trail={
          <>
            {' · '}
            <Box component="span" sx={{ fontFamily: monoFont }}>
              {shortImageId(details.id)}
            </Box>
            {t('detail.trail', { size: formatBytes(details.sizeBytes), platform: `${details.os}/${details.architecture}`, created: Number.isFinite(created) ? formatDateTime(created) : details.created })}
          </>
        }
      >
        <Box role="toolbar" aria-label={t('detail.actions', { name })} sx={{ display: 'flex', gap: 0.5 }}>
          <Button startIcon={<PlayArrowOutlined fontSize="small" />} onClick={() => void onRun(reference, details.id)}>
            {t('detail.run')}
          </Button>
          <Button startIcon={<LocalOfferOutlined fontSize="small" />} onClick={() => setDialog('tag')} disabled={!main}>
            {t('detail.tag')}
          </Button>
          <Button startIcon={<CloudUploadOutlined fontSize="small" />} onClick={() => openImageDialog({ kind: 'push', source: reference })} disabled={!main || !isTagged(main)}>
            {t('detail.push')}
          </Button>
          <Button startIcon={<SaveAltOutlined fontSize="small" />} onClick={() => openImageDialog({ kind: 'save', images: [reference] })}>
            {t('detail.save')}
          </Button>
          <Button startIcon={<DeleteOutlined fontSize="small" />} color="error" onClick={() => setDialog('remove')} disabled={rows.length === 0}>
            {t('detail.remove')}
          </Button>
        </Box>
      </DetailHeader>
      <DetailTabs tabs={tabs} value={tab} onChange={setTab} label={t('detail.views', { name })} idPrefix="image-">
        <Box role="tabpanel" id={`image-panel-${tab}`} aria-labelledby={`image-tab-${tab}`} sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: tab === 'inspect' ? 'hidden' : 'auto' }}>
          {tab === 'overview' && <Overview details={details} rows={rows} />}
          {tab === 'history' && <History id={details.id} />}
          {tab === 'layers' && (
            <Suspense fallback={<DelayedSpinner label={t('detail.loadingLayers')} />}>
              <LayersView image={details.id} name={name} />
            </Suspense>
          )}
          {tab === 'inspect' && <JsonView value={details.raw} name={name} />}
        </Box>
      </DetailTabs>
      <TagDialog image={dialog === 'tag' && main ? main : null} all={all} onClose={() => setDialog(null)} />
      <RemoveImagesDialog
        rows={dialog === 'remove' ? removable : null}
        all={all}
        onClose={() => setDialog(null)}
        onRemoved={() => navigate(routes.images())}
      />
    </Box>
  );
}

function Overview({ details, rows }: { details: ImageDetails; rows: ImageSummary[] }) {
  const { t } = useTranslation('images');
  const config = details.config;
  const containers = rows[0]?.containers ?? [];
  return (
    <Box sx={{ p: 2, display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 3, alignContent: 'start' }}>
      <Box component="section" aria-label={t('overview.image')}>
        <SectionTitle>{t('overview.image')}</SectionTitle>
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: '130px 1fr', rowGap: 1, columnGap: 2 }}>
          <Field label={t('overview.tags')}>
            {details.repoTags.length > 0 ? (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                {details.repoTags.map((tag) => (
                  <Chip key={tag} label={tag} variant="outlined" sx={mono} />
                ))}
              </Box>
            ) : null}
          </Field>
          <Field label={t('overview.id')}>
            <Box component="span" sx={mono}>
              {details.id}
            </Box>
          </Field>
          <Field label={t('overview.digests')}>
            {details.repoDigests.length > 0
              ? details.repoDigests.map((digest) => (
                  <Box key={digest} sx={mono}>
                    {digest}
                  </Box>
                ))
              : null}
          </Field>
          <Field label={t('overview.architecture')}>{`${details.os}/${details.architecture}`}</Field>
          <Field label={t('overview.size')}>{formatBytes(details.sizeBytes)}</Field>
          <Field label={t('overview.layers')}>{String(details.layers.length)}</Field>
          <Field label={t('overview.containers')}>{containers.length ? containers.join(', ') : t('overview.none')}</Field>
          <Field label={t('overview.author')}>{details.author}</Field>
          <Field label={t('overview.comment')}>{details.comment}</Field>
        </Box>
      </Box>
      <Box component="section" aria-label={t('overview.configuration')}>
        <SectionTitle>{t('overview.configuration')}</SectionTitle>
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: '130px 1fr', rowGap: 1, columnGap: 2 }}>
          <Field label={t('overview.cmd')}><Words list={config.cmd} /></Field>
          <Field label={t('overview.entrypoint')}><Words list={config.entrypoint} /></Field>
          <Field label={t('overview.workingDir')}>{config.workingDir ? <Box component="span" sx={mono}>{config.workingDir}</Box> : null}</Field>
          <Field label={t('overview.user')} empty={t('overview.userDefault')}>{config.user}</Field>
          <Field label={t('overview.exposedPorts')} empty={t('overview.none')}>
            {config.exposedPorts.length > 0 ? (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                {config.exposedPorts.map((port) => (
                  <Chip key={`${port.port}/${port.protocol}`} label={`${port.port}/${port.protocol}`} sx={mono} />
                ))}
              </Box>
            ) : null}
          </Field>
          <Field label={t('overview.volumes')} empty={t('overview.none')}>
            {config.volumes.length > 0 ? config.volumes.map((v) => <Box key={v} sx={mono}>{v}</Box>) : null}
          </Field>
          <Field label={t('overview.stopSignal')} empty={t('overview.stopSignalDefault')}>{config.stopSignal ?? ''}</Field>
        </Box>
      </Box>
      <Box component="section" aria-label={t('overview.environment')}>
        <SectionTitle>{t('overview.environment')}</SectionTitle>
        <KeyValueTable entries={config.env.map((entry) => {
          const at = entry.indexOf('=');
          return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
        })} empty={t('overview.noEnv')} label={t('overview.envTable')} />
      </Box>
      <Box component="section" aria-label={t('overview.labels')}>
        <SectionTitle>{t('overview.labels')}</SectionTitle>
        <KeyValueTable entries={Object.entries(config.labels)} empty={t('overview.noLabels')} label={t('overview.labels')} />
      </Box>
    </Box>
  );
}

function KeyValueTable({ entries, empty, label }: { entries: [string, string][]; empty: string; label: string }) {
  if (entries.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {empty}
      </Typography>
    );
  }
  return (
    <Box component="table" aria-label={label} sx={{ width: '100%', borderCollapse: 'collapse', ...mono, '& td': { py: 0.5, px: 1, borderBottom: 1, borderColor: 'divider', verticalAlign: 'top', wordBreak: 'break-all' } }}>
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <Box component="td" sx={{ fontWeight: 600, width: '38%' }}>
              {key}
            </Box>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </Box>
  );
}

const keywordColors: Record<string, string> = {
  FROM: '#8250df',
  RUN: '#0969da',
  COPY: '#1a7f37',
  ADD: '#1a7f37',
  CMD: '#bf3989',
  ENTRYPOINT: '#bf3989',
  ENV: '#9a6700',
  ARG: '#9a6700',
  EXPOSE: '#cf222e',
  LABEL: '#57606a',
  WORKDIR: '#0550ae',
  USER: '#0550ae',
  VOLUME: '#953800',
};

/** docker history: newest layer first, the instruction that made each, its size and age; empty layers dimmed. */
function History({ id }: { id: string }) {
  const { t } = useTranslation('images');
  const explain = useExplainError();
  const history = useOp('images.history', { image: id });
  const now = useNow();
  if (history.isError) return <Alert severity="error" sx={{ m: 2 }}>{imageErrorText(explain, t, history.error)}</Alert>;
  if (!history.data) {
    return (
      <Box role="status" aria-label={t('history.loading')} sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
        <CircularProgress size={24} />
      </Box>
    );
  }
  return (
    <Box component="table" aria-label={t('history.label')} sx={{ width: '100%', borderCollapse: 'collapse', fontSize: 13, '& th, & td': { px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider', textAlign: 'left', verticalAlign: 'top' }, '& th': { position: 'sticky', top: 0, bgcolor: 'background.paper', fontSize: 12, color: 'text.secondary', fontWeight: 600, zIndex: 1 } }}>
      <thead>
        <tr>
          <th style={{ width: 40 }}>#</th>
          <th>{t('history.instruction')}</th>
          <th style={{ width: 90, textAlign: 'right' }}>{t('history.size')}</th>
          <th style={{ width: 120 }}>{t('history.created')}</th>
          <th style={{ width: 130 }}>{t('history.layer')}</th>
        </tr>
      </thead>
      <tbody>
        {history.data.map((entry, index) => (
          <HistoryRow key={index} entry={entry} number={history.data.length - index} now={now} />
        ))}
      </tbody>
    </Box>
  );
}

function HistoryRow({ entry, number, now }: { entry: HistoryEntry; number: number; now: number }) {
  const { t } = useTranslation('images');
  const keyword = instructionKeyword(entry.instruction);
  const empty = entry.sizeBytes === 0;
  return (
    <Box component="tr" data-empty={empty || undefined} aria-label={t(empty ? 'history.rowEmpty' : 'history.row', { number, instruction: entry.instruction })} sx={{ opacity: empty ? 0.58 : 1 }}>
      <Box component="td" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
        {number}
      </Box>
      <Box component="td" title={entry.createdBy} sx={{ ...mono, wordBreak: 'break-all' }}>
        <Box
          component="span"
          sx={(theme) => {
            const color = keywordColors[keyword] ?? theme.palette.text.secondary;
            return {
              display: 'inline-block',
              minWidth: 78,
              mr: 1,
              px: 0.75,
              borderRadius: 0.75,
              fontWeight: 700,
              fontSize: 11,
              textAlign: 'center',
              color: theme.palette.mode === 'dark' ? lighten(color, 0.5) : color,
              bgcolor: alpha(color, theme.palette.mode === 'dark' ? 0.28 : 0.12),
            };
          }}
        >
          {keyword}
        </Box>
        {instructionBody(entry.instruction) || <Box component="span" sx={{ color: 'text.disabled' }}>{t('history.noInstruction')}</Box>}
        {entry.tags.length > 0 && (
          <Box sx={{ mt: 0.5, display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
            {entry.tags.map((tag) => (
              <Chip key={tag} label={tag} size="small" variant="outlined" sx={{ ...mono, height: 20 }} />
            ))}
          </Box>
        )}
      </Box>
      <Box component="td" sx={{ textAlign: 'right !important', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {formatBytes(entry.sizeBytes)}
      </Box>
      <Box component="td" title={formatDateTime(entry.created)} sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
        {formatRelative(entry.created, now)}
      </Box>
      <Box component="td" sx={{ ...mono, color: 'text.secondary' }}>
        {/* eslint-disable-next-line berth/no-literal-ui-text -- docker history's own marker for a layer built elsewhere */}
        {entry.id ? shortImageId(entry.id) : '<missing>'}
      </Box>
    </Box>
  );
}

/** A failed read of the image in one line: main's message (it names the image), else the code's meaning. */
function imageErrorText(explain: (error: unknown, wording?: ErrorWording) => HumanError, t: TFunction, error: unknown): string {
  const { summary, detail } = explain(error, imageErrorWording(t));
  return detail ?? summary;
}
