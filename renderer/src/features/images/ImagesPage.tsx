import Close from '@mui/icons-material/Close';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import LayersOutlined from '@mui/icons-material/LayersOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import SearchOff from '@mui/icons-material/SearchOff';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageSummary } from '../../../../shared/contract/images';
import { useCall, useOp } from '../../api/hooks';
import { useStore } from '../../lib/store';
import { EngineUnavailable } from '../engine';
import { useEngineStatus } from '../../api/engine-status';
import { RunDialog } from '../containers';
import type { RunFormPrefill } from '../containers';
import { openImageDialog } from './dialogs';
import { ImageDetail } from './ImageDetail';
import { ImageGrid, type ImageCommand } from './ImageGrid';
import { defaultDirection, distinctImages, filterCounts, imageRoute, isTagged, rowKey, rowReference, viewImages, type ImageFilter, type ImageSort, type ImageSortKey } from './image-rows';
import { ImagesToolbar } from './ImagesToolbar';
import { builtImage } from './jobs/jobs';
import { PruneImagesDialog } from './PruneImagesDialog';
import { RemoveImagesDialog } from './RemoveImagesDialog';
import { TagDialog } from './TagDialog';
import { navigate, useRoute } from '../../lib/routing';
import { EmptyState, LoadError, Loading } from '../../components/PageParts';
import { IconAction } from '../../components/IconAction';

const ALL_IMAGES = {};
const SELECTION_BAR_SPACE = 64;

/** #/images is the list; #/images/<id> one image's details (?tab=history|inspect). */
export function ImagesPage() {
  const route = useRoute();
  const id = route.page === 'image' ? route.id : undefined;
  const [run, setRun] = useState<RunFormPrefill | null>(null);
  const call = useCall();
  // Run from an image: the run dialog opens with the image and its EXPOSEd ports as rows with automatic host ports.
  const onRun = useCallback(
    async (image: string, id: string) => {
      const details = await call('images.inspect', { image: id }).catch(() => null);
      setRun({ image, exposedPorts: details?.config.exposedPorts.map((port) => `${port.port}/${port.protocol}`) ?? [] });
    },
    [call],
  );
  return (
    <>
      {id ? <ImageDetail key={id} id={id} tab={(route.page === 'image' && route.tab) || 'overview'} onRun={onRun} /> : <ImagesList onRun={onRun} />}
      <RunDialog open={run !== null} prefill={run ?? undefined} onClose={() => setRun(null)} />
    </>
  );
}

function ImagesList({ onRun }: { onRun(image: string, id: string): Promise<void> }) {
  const { t } = useTranslation('images');
  const engine = useEngineStatus();
  const list = useOp('images.list', ALL_IMAGES);
  const [filter, setFilter] = useState<ImageFilter>('all');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [sort, setSort] = useState<ImageSort>({ key: 'created', direction: 'desc' });
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [tagging, setTagging] = useState<ImageSummary | null>(null);
  const [removing, setRemoving] = useState<readonly ImageSummary[] | null>(null);
  const [pruning, setPruning] = useState(false);
  const all = list.data;
  const rows = useMemo(() => viewImages(all ?? [], { filter, search: deferredSearch, sort }), [all, filter, deferredSearch, sort]);
  const counts = useMemo(() => (all ? filterCounts(all) : null), [all]);
  const summary = useMemo(() => (all ? distinctImages(all) : null), [all]);
  const selected = useMemo(() => rows.filter((row) => selection.has(rowKey(row))), [rows, selection]);

  // A build that just finished: all images shown, the new one's rows selected, marked and brought into view.
  const built = useStore(builtImage);
  const builtRows = useMemo(() => (built && all ? all.filter((row) => row.id === built.id) : []), [built, all]);
  const [appliedBuild, setAppliedBuild] = useState(0);
  if (built && built.at !== appliedBuild && builtRows.length > 0) {
    setAppliedBuild(built.at);
    setSelection(new Set(builtRows.map(rowKey)));
    setFilter('all');
    setSearch('');
  }
  const revealKey = builtRows[0] ? rowKey(builtRows[0]) : null;

  const onSort = useCallback((key: ImageSortKey) => {
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: defaultDirection(key) }));
  }, []);

  const onCommand = useCallback(
    (command: ImageCommand, row: ImageSummary) => {
      switch (command) {
        case 'run':
          return void onRun(rowReference(row), row.id);
        case 'push':
          return openImageDialog({ kind: 'push', source: rowReference(row) });
        case 'pull':
          return openImageDialog({ kind: 'pull', reference: rowReference(row) });
        case 'tag':
          return setTagging(row);
        case 'remove':
          return setRemoving([row]);
        case 'save':
          return openImageDialog({ kind: 'save', images: [isTagged(row) ? rowReference(row) : row.id] });
        case 'open':
          return navigate(imageRoute(row));
        case 'history':
          return navigate(imageRoute(row, { tab: 'history' }));
        case 'inspect':
          return navigate(imageRoute(row, { tab: 'inspect' }));
      }
    },
    [onRun],
  );

  let content: ReactNode;
  let showsGrid = false;
  if (engine?.state === 'unavailable') {
    content = <EngineUnavailable status={engine} />;
  } else if (!all && list.isError && !list.isFetching) {
    content = <LoadError error={list.error} what={t('list.loadError')} onRetry={() => void list.refetch()} />;
  } else if (!all) {
    content = <Loading label={t('list.loading')} />;
  } else if (all.length === 0) {
    content = (
      <EmptyState icon={<LayersOutlined />} title={t('list.empty.title')}>
        <Typography variant="body2" color="text.secondary">
          {t('list.empty.body')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
          <Button variant="contained" onClick={() => openImageDialog({ kind: 'pull' })}>
            {t('pull.title')}
          </Button>
          <Button variant="outlined" onClick={() => openImageDialog({ kind: 'build' })}>
            {t('build.title')}
          </Button>
        </Box>
      </EmptyState>
    );
  } else if (rows.length === 0) {
    const query = deferredSearch.trim();
    content = (
      <EmptyState icon={<SearchOff />} title={query ? t('list.noMatch', { query }) : t(`list.noneFiltered.${filter === 'all' ? 'dangling' : filter}`)}>
        <Box sx={{ display: 'flex', gap: 1 }}>
          {query && (
            <Button variant="outlined" onClick={() => setSearch('')}>
              {t('list.clearSearch')}
            </Button>
          )}
          {filter !== 'all' && (
            <Button variant="outlined" onClick={() => setFilter('all')}>
              {t('list.showAll')}
            </Button>
          )}
        </Box>
      </EmptyState>
    );
  } else {
    showsGrid = true;
    content = (
      <ImageGrid
        rows={rows}
        selection={selection}
        highlightId={built?.id ?? null}
        revealKey={revealKey}
        sort={sort}
        onSort={onSort}
        onSelectionChange={setSelection}
        onCommand={onCommand}
        onRemove={(chosen) => chosen.length > 0 && setRemoving(chosen)}
        endSpace={selected.length > 0 ? SELECTION_BAR_SPACE : 0}
      />
    );
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <ImagesToolbar
        summary={summary && engine?.state !== 'unavailable' ? { images: summary.count, tags: (all ?? []).filter(isTagged).length } : null}
        counts={counts}
        search={search}
        onSearch={setSearch}
        filter={filter}
        onFilter={setFilter}
        onPull={() => openImageDialog({ kind: 'pull' })}
        onBuild={() => openImageDialog({ kind: 'build' })}
        onLoad={() => openImageDialog({ kind: 'load' })}
        onPrune={() => setPruning(true)}
      />
      <Paper variant="outlined" sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden', position: 'relative' }}>
        {list.isFetching && all && <LinearProgress aria-label={t('list.refreshing')} sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2, zIndex: 3 }} />}
        {content}
        {showsGrid && selected.length > 0 && (
          <SelectionBar
            count={selected.length}
            onSave={() => openImageDialog({ kind: 'save', images: [...new Set(selected.map((row) => (isTagged(row) ? rowReference(row) : row.id)))] })}
            onRemove={() => setRemoving(selected)}
            onClear={() => setSelection(new Set())}
          />
        )}
      </Paper>
      <TagDialog image={tagging} all={all ?? []} onClose={() => setTagging(null)} />
      <RemoveImagesDialog
        rows={removing}
        all={all ?? []}
        onClose={() => setRemoving(null)}
        onRemoved={() => {
          const gone = new Set((removing ?? []).map(rowKey));
          setSelection((current) => new Set([...current].filter((key) => !gone.has(key))));
        }}
      />
      <PruneImagesDialog open={pruning} onClose={() => setPruning(false)} />
    </Box>
  );
}

function SelectionBar({ count, onSave, onRemove, onClear }: { count: number; onSave(): void; onRemove(): void; onClear(): void }) {
  const { t } = useTranslation('images');
  return (
    <Paper
      elevation={8}
      role="toolbar"
      aria-label={t('selection.label')}
      sx={{ position: 'absolute', bottom: 12, left: '50%', transform: 'translateX(-50%)', zIndex: 4, display: 'flex', alignItems: 'center', gap: 0.5, px: 1.5, py: 0.75, border: 1, borderColor: 'divider', borderRadius: 2, whiteSpace: 'nowrap' }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600, mr: 0.5 }} aria-live="polite">
        {t('selection.count', { count })}
      </Typography>
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      <Button startIcon={<SaveAltOutlined fontSize="small" />} color="inherit" onClick={onSave} aria-label={t('selection.saveLabel')}>
        {t('detail.save')}
      </Button>
      <Button startIcon={<DeleteOutlined fontSize="small" />} color="error" onClick={onRemove} aria-label={t('selection.removeLabel')}>
        {t('detail.remove')}
      </Button>
      <IconAction title={t('selection.clear')} label={t('selection.clear')} onClick={onClear}>
        <Close fontSize="small" />
      </IconAction>
    </Paper>
  );
}

