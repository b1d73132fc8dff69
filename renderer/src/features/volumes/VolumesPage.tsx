import AddOutlined from '@mui/icons-material/AddOutlined';
import CleaningServicesOutlined from '@mui/icons-material/CleaningServicesOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import SearchOff from '@mui/icons-material/SearchOff';
import StorageOutlined from '@mui/icons-material/StorageOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { VolumeSummary } from '../../../../shared/contract/volumes';
import { monoFont } from '../../components/theme';
import { ContainerLinks } from '../../components/ContainerLinks';
import { EmptyState, Loading, LoadError, PageTitle } from '../../components/PageParts';
import { RelativeTime } from '../../components/grid/grid-parts';
import { ResourceGrid, type GridColumn } from '../../components/grid/ResourceGrid';
import { SearchField } from '../../components/SearchField';
import { formatBytes } from '../../lib/bytes';
import { EngineUnavailable } from '../engine';
import { useEngineStatus } from '../../api/engine-status';
import { formatDateTime } from '../../lib/time';
import { formatNumber } from '../../lib/locale';
import { CloneDialog } from './CloneDialog';
import { CreateVolumeDialog } from './CreateVolumeDialog';
import { ExportDialog } from './ExportDialog';
import { ImportDialog, type ImportTarget } from './ImportDialog';
import { PruneVolumesDialog } from './PruneVolumesDialog';
import { RemoveVolumeDialog } from './RemoveVolumeDialog';
import { useLiveStates, type LiveStates } from '../../api/container-states';
import { useVolumes } from './useVolumes';
import { AnonymousChip } from './AnonymousChip';
import { VolumeDetail } from './VolumeDetail';
import { buildVolumeView, currentUsers, nextVolumeSort, shortVolumeName, volumeTotals, type VolumeSort, type VolumeSortKey } from './volume-view';
import { routes } from '../../../../shared/routes';
import { navigate, useRoute } from '../../lib/routing';

/** #/volumes is the list; #/volumes/<name> one volume (its files, details). */
export function VolumesPage() {
  const route = useRoute();
  if (route.page === 'volume') return <VolumeDetail key={route.name} name={route.name} tab={route.tab ?? 'files'} />;
  return <VolumeList />;
}

type Dialog =
  | { kind: 'create' }
  | { kind: 'prune' }
  | { kind: 'import'; target: ImportTarget }
  | { kind: 'export'; volume: string }
  | { kind: 'clone'; volume: VolumeSummary }
  | { kind: 'remove'; volume: VolumeSummary };

function VolumeList() {
  const { t } = useTranslation('volumes');
  const engine = useEngineStatus();
  const list = useVolumes();
  const live = useLiveStates();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [hideAnonymous, setHideAnonymous] = useState(false);
  const [sort, setSort] = useState<VolumeSort>({ key: 'name', direction: 'asc' });
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const all = list.data;
  const rows = useMemo(() => buildVolumeView(all ?? [], { search: deferredSearch, hideAnonymous, sort }), [all, deferredSearch, hideAnonymous, sort]);
  const totals = useMemo(() => volumeTotals(all ?? []), [all]);
  const columns = useMemo(() => volumeColumns(t, live, (d) => setDialog(d)), [t, live]);

  let content;
  if (engine?.state === 'unavailable') content = <EngineUnavailable status={engine} />;
  else if (!all && list.isError && !list.isFetching) content = <LoadError error={list.error} what={t('listFailed')} onRetry={() => void list.refetch()} />;
  else if (!all) content = <Loading label={t('list.loading')} />;
  else if (all.length === 0) {
    content = (
      <EmptyState icon={<StorageOutlined />} title={t('list.emptyTitle')}>
        <Typography variant="body2" color="text.secondary">
          {t('list.emptyText')}
        </Typography>
        <Button variant="outlined" startIcon={<AddOutlined fontSize="small" />} onClick={() => setDialog({ kind: 'create' })}>
          {t('list.create')}
        </Button>
      </EmptyState>
    );
  } else if (rows.length === 0) {
    const query = deferredSearch.trim();
    content = (
      <EmptyState icon={<SearchOff />} title={query ? t('list.noMatch', { query }) : t('list.onlyAnonymous')}>
        <Box sx={{ display: 'flex', gap: 1 }}>
          {query && (
            <Button variant="outlined" onClick={() => setSearch('')}>
              {t('list.clearSearch')}
            </Button>
          )}
          {hideAnonymous && (
            <Button variant="outlined" onClick={() => setHideAnonymous(false)}>
              {t('list.showAnonymous')}
            </Button>
          )}
        </Box>
      </EmptyState>
    );
  } else {
    content = (
      <ResourceGrid
        label={t('title')}
        rows={rows}
        columns={columns}
        rowKey={(v) => v.name}
        rowLabel={(v) => v.name}
        sort={sort}
        onSort={(key) => setSort((current) => nextVolumeSort(current, key))}
        onOpen={(v) => navigate(routes.volume(v.name))}
        onDelete={(v) => setDialog({ kind: 'remove', volume: v })}
        minWidth={900}
        narrowBelow={940}
      />
    );
  }

  const counts =
    all && engine?.state !== 'unavailable'
      ? t(totals.anonymous ? 'list.countsAnonymous' : 'list.counts', { count: totals.count, inUse: totals.inUse, anonymous: totals.anonymous, size: formatBytes(totals.bytes) })
      : null;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1.25, minHeight: 56, flexWrap: 'wrap' }}>
        <PageTitle title={t('title')} counts={counts} />
        <SearchField value={search} onChange={setSearch} label={t('list.search')} />
        <FormControlLabel
          control={<Checkbox checked={hideAnonymous} onChange={(event) => setHideAnonymous(event.target.checked)} />}
          label={t('list.hideAnonymous')}
          sx={{ mr: 0, '& .MuiFormControlLabel-label': { fontSize: 13 } }}
        />
        <Box sx={{ flex: 1 }} />
        <Button variant="outlined" color="inherit" startIcon={<FileUploadOutlined fontSize="small" />} onClick={() => setDialog({ kind: 'import', target: {} })} sx={{ borderColor: 'divider' }}>
          {t('list.import')}
        </Button>
        <Button variant="outlined" color="inherit" startIcon={<CleaningServicesOutlined fontSize="small" />} onClick={() => setDialog({ kind: 'prune' })} sx={{ borderColor: 'divider' }}>
          {t('list.pruneUnused')}
        </Button>
        <Button variant="contained" startIcon={<AddOutlined fontSize="small" />} onClick={() => setDialog({ kind: 'create' })}>
          {t('list.create')}
        </Button>
      </Box>
      <Paper variant="outlined" sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden', position: 'relative' }}>
        {list.isFetching && all && <LinearProgress aria-label={t('list.refreshing')} sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2, zIndex: 3 }} />}
        {content}
      </Paper>
      <CreateVolumeDialog open={dialog?.kind === 'create'} onClose={() => setDialog(null)} />
      <PruneVolumesDialog open={dialog?.kind === 'prune'} onClose={() => setDialog(null)} />
      <ImportDialog target={dialog?.kind === 'import' ? dialog.target : null} volumes={all ?? []} onClose={() => setDialog(null)} onDone={(name) => navigate(routes.volume(name))} />
      <ExportDialog volume={dialog?.kind === 'export' ? dialog.volume : null} onClose={() => setDialog(null)} />
      <CloneDialog source={dialog?.kind === 'clone' ? dialog.volume : null} volumes={all ?? []} onClose={() => setDialog(null)} />
      <RemoveVolumeDialog
        volume={dialog?.kind === 'remove' ? dialog.volume : null}
        users={dialog?.kind === 'remove' ? currentUsers(dialog.volume, live) : []}
        onClose={() => setDialog(null)}
      />
    </Box>
  );
}

function rowButton(label: string, tooltip: string, icon: ReactElement, tabbable: boolean, onClick: () => void, color: 'default' | 'error' = 'default') {
  return (
    <Tooltip title={tooltip} key={tooltip}>
      <IconButton aria-label={label} tabIndex={tabbable ? 0 : -1} onClick={onClick} sx={{ color: color === 'error' ? undefined : 'text.secondary', p: '3px' }} color={color}>
        {icon}
      </IconButton>
    </Tooltip>
  );
}

function volumeColumns(t: TFunction<'volumes'>, live: LiveStates, open: (dialog: Dialog) => void): GridColumn<VolumeSummary, VolumeSortKey>[] {
  return [
    {
      id: 'name',
      label: t('list.columns.name'),
      width: 'minmax(200px, 1.8fr)',
      narrow: 'minmax(170px, 1.8fr)',
      sortKey: 'name',
      title: (v) => v.name,
      render: (v) => (
        <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
          <Link href={routes.volume(v.name)} tabIndex={-1} underline="hover" color="inherit" sx={{ fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis', fontFamily: v.anonymous ? monoFont : undefined, fontSize: v.anonymous ? 12.5 : undefined }}>
            {shortVolumeName(v)}
          </Link>
          {v.anonymous && <AnonymousChip />}
        </Box>
      ),
    },
    { id: 'driver', label: t('list.columns.driver'), width: '84px', sortKey: 'driver', render: (v) => <Box component="span" sx={{ color: 'text.secondary' }}>{v.driver}</Box> },
    {
      id: 'mountpoint',
      label: t('list.columns.mountpoint'),
      width: 'minmax(160px, 1.6fr)',
      narrow: 'minmax(140px, 1.6fr)',
      sortKey: 'mountpoint',
      title: (v) => v.mountpoint,
      // The end of the path tells volumes apart (…/volumes/<name>/_data): cut at the start, not the end.
      render: (v) => (
        <Box component="span" dir="rtl" sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', textAlign: 'left', fontFamily: monoFont, fontSize: 12, color: 'text.secondary' }}>
          <bdi>{v.mountpoint || '—'}</bdi>
        </Box>
      ),
    },
    {
      id: 'size',
      label: t('list.columns.size'),
      width: '84px',
      sortKey: 'size',
      align: 'right',
      title: (v) => (v.sizeBytes === null ? t('list.sizeUnknown') : t('list.sizeBytes', { bytes: formatNumber(v.sizeBytes) })),
      render: (v) => (v.sizeBytes === null ? <Box component="span" sx={{ color: 'text.disabled' }}>—</Box> : formatBytes(v.sizeBytes)),
    },
    {
      id: 'created',
      label: t('list.columns.created'),
      width: '104px',
      sortKey: 'created',
      title: (v) => (v.created === null ? undefined : formatDateTime(v.created)),
      render: (v) => <Box component="span" sx={{ color: 'text.secondary' }}>{v.created === null ? '—' : <RelativeTime at={v.created} />}</Box>,
    },
    {
      id: 'users',
      label: t('list.columns.users'),
      width: 'minmax(170px, 1.5fr)',
      sortKey: 'users',
      render: (v, tabbable) => <ContainerLinks containers={currentUsers(v, live)} none={t('unused')} tabbable={tabbable} />,
    },
    {
      id: 'actions',
      label: t('list.columns.actions'),
      width: '136px',
      align: 'right',
      render: (v, tabbable) => (
        <Box component="span" sx={{ display: 'inline-flex', gap: 0.25 }}>
          {rowButton(t('list.browse', { name: v.name }), t('list.browseTip'), <FolderOpenOutlined fontSize="small" />, tabbable, () => navigate(routes.volume(v.name)))}
          {rowButton(t('list.export', { name: v.name }), t('list.exportTip'), <FileDownloadOutlined fontSize="small" />, tabbable, () => open({ kind: 'export', volume: v.name }))}
          {rowButton(t('list.clone', { name: v.name }), t('list.cloneTip'), <ContentCopyOutlined fontSize="small" />, tabbable, () => open({ kind: 'clone', volume: v }))}
          {rowButton(t('list.remove', { name: v.name }), t('list.removeTip'), <DeleteOutlined fontSize="small" />, tabbable, () => open({ kind: 'remove', volume: v }))}
        </Box>
      ),
    },
  ];
}
