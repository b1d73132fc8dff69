import AddOutlined from '@mui/icons-material/AddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import FileOpenOutlined from '@mui/icons-material/FileOpenOutlined';
import OpenInNewOutlined from '@mui/icons-material/OpenInNewOutlined';
import SearchOff from '@mui/icons-material/SearchOff';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useDeferredValue, useEffect, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeFileProject } from '../../../../shared/contract/compose';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { routes } from '../../../../shared/routes';
import { useEngineStatus } from '../../api/engine-status';
import { invalidateOp, useOp } from '../../api/hooks';
import { ResourceGrid, type GridColumn } from '../../components/grid/ResourceGrid';
import { EmptyState, Loading, LoadError, PageTitle } from '../../components/PageParts';
import { SearchField } from '../../components/SearchField';
import { monoFont } from '../../components/theme';
import { navigate, useRoute } from '../../lib/routing';
import { EngineUnavailable } from '../engine';
import { CloseProjectDialog } from './CloseProjectDialog';
import { fileName } from './editor/file-name';
import { OpenProjectDialog, useOpenProject, type OpenRequest } from './OpenProjectDialog';
import { ProjectPage } from './project/ProjectPage';
import { engineOnlyProjects, fileToOpen, nextProjectSort, projectRows, type ProjectRow, type ProjectSort, type ProjectSortKey } from './project-rows';
import { projectSummary } from './sync';
import { useComposeTool, useLiveContainers, useOpenedProjects, useProjectHashes } from './useCompose';

/** #/compose lists the projects; #/compose/<id> is one opened from its files. */
export function ComposePage() {
  const route = useRoute();
  if (route.page === 'composeProject') return <ProjectPage key={route.id} id={route.id} tab={route.tab ?? 'services'} />;
  return <ProjectList openAtOnce={route.page === 'compose' && route.open === true} />;
}

type Dialog = { kind: 'open'; request: OpenRequest } | { kind: 'close'; project: ComposeFileProject };

function ProjectList({ openAtOnce }: { openAtOnce: boolean }) {
  const { t } = useTranslation('compose');
  const engine = useEngineStatus();
  const opened = useOpenedProjects();
  const containers = useLiveContainers();
  const openProject = useOpenProject();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [sort, setSort] = useState<ProjectSort>({ key: 'kind', direction: 'asc' });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // The address asks for the open dialog (the command palette's "Open compose file…"), on arrival or later.
  const [askedOpen, setAskedOpen] = useState(false);
  if (openAtOnce !== askedOpen) {
    setAskedOpen(openAtOnce);
    if (openAtOnce) setDialog({ kind: 'open', request: { path: '' } });
  }

  // Compose files are edited outside Berth too: each visit reads what the rows show of them again.
  const queryClient = useQueryClient();
  useEffect(() => {
    void invalidateOp(queryClient, 'compose.files.read');
    void invalidateOp(queryClient, 'compose.files.hashes');
  }, [queryClient]);

  const projects = opened.data?.projects;
  const live = containers.data;
  const engineOnly = useMemo(() => engineOnlyProjects(live ?? [], projects ?? []), [live, projects]);
  const rows = useMemo(() => projectRows(projects ?? [], engineOnly, { search: deferredSearch, sort }), [projects, engineOnly, deferredSearch, sort]);

  const columns = useMemo(() => {
    // A project the engine has only by labels: its file opened, or the dialog with what is known of where it is.
    const openFile = (row: Extract<ProjectRow, { kind: 'engine' }>) => {
      const file = fileToOpen(row.engine);
      if (!file) return setDialog({ kind: 'open', request: { path: row.engine.workingDir ?? '' } });
      openProject(file).catch((error: unknown) => setDialog({ kind: 'open', request: { path: file, error } }));
    };
    return projectColumns(t as TFunction, live ?? [], { close: (project) => setDialog({ kind: 'close', project }), openFile });
  }, [t, live, openProject]);
  const closeDialog = () => {
    setDialog(null);
    if (openAtOnce) navigate(routes.compose()); // the address asked for the dialog; it is answered
  };
  const startOpen = () => setDialog({ kind: 'open', request: { path: '' } });

  let content;
  if (engine?.state === 'unavailable' && !projects) content = <EngineUnavailable status={engine} />;
  else if (!projects && opened.isError) content = <LoadError error={opened.error} what={t('list.loadFailed')} onRetry={() => void opened.refetch()} />;
  else if (!projects) content = <Loading label={t('list.loading')} />;
  else if (projects.length === 0 && engineOnly.length === 0) {
    content = (
      <EmptyState icon={<AccountTreeOutlined />} title={t('list.emptyTitle')}>
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 520 }}>
          {t('list.emptyText')}
        </Typography>
        <Button variant="contained" startIcon={<FileOpenOutlined fontSize="small" />} onClick={startOpen}>
          {t('list.open')}
        </Button>
      </EmptyState>
    );
  } else if (rows.length === 0) {
    content = (
      <EmptyState icon={<SearchOff />} title={t('list.noMatch', { query: deferredSearch.trim() })}>
        <Button variant="outlined" onClick={() => setSearch('')}>
          {t('list.clearSearch')}
        </Button>
      </EmptyState>
    );
  } else {
    content = (
      <ResourceGrid
        label={t('list.gridLabel')}
        rows={rows}
        columns={columns}
        rowKey={(row) => row.key}
        rowLabel={(row) => row.name}
        sort={sort}
        onSort={(key) => setSort((current) => nextProjectSort(current, key))}
        onOpen={(row) => {
          if (row.kind === 'file') navigate(routes.composeProject(row.project.id));
          else navigate(routes.containers());
        }}
        onDelete={(row) => row.kind === 'file' && setDialog({ kind: 'close', project: row.project })}
        minWidth={860}
      />
    );
  }

  const counts = projects ? t('list.counts', { opened: projects.length, engine: engineOnly.length }) : null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1.25, minHeight: 56, flexWrap: 'wrap' }}>
        <PageTitle title={t('list.title')} counts={counts} />
        <SearchField value={search} onChange={setSearch} label={t('list.search')} />
        <Box sx={{ flex: 1 }} />
        <Button variant="contained" startIcon={<AddOutlined fontSize="small" />} onClick={startOpen}>
          {t('list.open')}
        </Button>
      </Box>
      <Paper variant="outlined" sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden', position: 'relative' }}>
        {opened.isFetching && projects && <LinearProgress aria-label={t('list.refreshing')} sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2, zIndex: 3 }} />}
        {content}
      </Paper>
      <OpenProjectDialog request={dialog?.kind === 'open' ? dialog.request : null} onClose={closeDialog} />
      <CloseProjectDialog project={dialog?.kind === 'close' ? dialog.project : null} onClose={() => setDialog(null)} />
    </Box>
  );
}

function rowButton(label: string, tooltip: string, icon: ReactElement, tabbable: boolean, onClick: () => void) {
  return (
    <Tooltip title={tooltip} key={tooltip}>
      <IconButton aria-label={label} tabIndex={tabbable ? 0 : -1} onClick={onClick} sx={{ color: 'text.secondary', p: '3px' }}>
        {icon}
      </IconButton>
    </Tooltip>
  );
}

interface RowActions {
  close(project: ComposeFileProject): void;
  openFile(row: Extract<ProjectRow, { kind: 'engine' }>): void;
}

function projectColumns(t: TFunction, containers: readonly ContainerSummary[], actions: RowActions): GridColumn<ProjectRow, ProjectSortKey>[] {
  return [
    {
      id: 'name',
      label: t('list.columns.name'),
      width: 'minmax(180px, 1.4fr)',
      sortKey: 'name',
      title: (row) => row.name,
      render: (row, tabbable) => (
        <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
          {row.kind === 'file' ? (
            <Link href={routes.composeProject(row.project.id)} tabIndex={tabbable ? 0 : -1} underline="hover" color="inherit" sx={{ fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {row.name}
            </Link>
          ) : (
            <Box component="span" sx={{ fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {row.name}
            </Box>
          )}
          {row.kind === 'engine' && <Chip size="small" variant="outlined" label={t('list.engineOnly')} title={t('list.engineOnlyTip')} sx={{ height: 20, fontSize: 11 }} />}
        </Box>
      ),
    },
    {
      id: 'folder',
      label: t('list.columns.folder'),
      width: 'minmax(180px, 1.6fr)',
      sortKey: 'folder',
      title: (row) => row.dir ?? undefined,
      render: (row) => (
        <Box component="span" dir="rtl" sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', textAlign: 'left', fontFamily: monoFont, fontSize: 12, color: 'text.secondary' }}>
          <bdi>{row.dir ?? t('list.folderUnknown')}</bdi>
        </Box>
      ),
    },
    {
      id: 'files',
      label: t('list.columns.files'),
      width: 'minmax(150px, 1fr)',
      title: (row) => row.files.join('\n'),
      render: (row) => (
        <Box component="span" sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', fontFamily: monoFont, fontSize: 12 }}>
          {row.files.length > 0 ? row.files.map(fileName).join(', ') : '—'}
        </Box>
      ),
    },
    {
      id: 'services',
      label: t('list.columns.services'),
      width: 'minmax(170px, 1fr)',
      render: (row) =>
        row.kind === 'file' ? (
          <FileProjectSummary project={row.project} containers={containers} />
        ) : (
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {t('list.containersRunning', { running: row.engine.running, count: row.engine.containers })}
          </Box>
        ),
    },
    {
      id: 'actions',
      label: t('list.columns.actions'),
      width: '96px',
      align: 'right',
      render: (row, tabbable) =>
        row.kind === 'file' ? (
          <Box component="span" sx={{ display: 'inline-flex', gap: 0.25 }}>
            {rowButton(t('list.openProject', { name: row.name }), t('list.openProjectTip'), <OpenInNewOutlined fontSize="small" />, tabbable, () => navigate(routes.composeProject(row.project.id)))}
            {rowButton(t('list.close', { name: row.name }), t('list.closeTip'), <CloseOutlined fontSize="small" />, tabbable, () => actions.close(row.project))}
          </Box>
        ) : (
          rowButton(t('list.openFile', { name: row.name }), fileToOpen(row.engine) ?? t('list.openFileUnknown'), <FileOpenOutlined fontSize="small" />, tabbable, () => actions.openFile(row))
        ),
    },
  ];
}

/**
 * A project's services at a glance: how many run, how many are out of date. Its files are read (and the hashes
 * asked) only for the rows on screen.
 */
function FileProjectSummary({ project, containers }: { project: ComposeFileProject; containers: readonly ContainerSummary[] }) {
  const { t } = useTranslation('compose');
  const read = useOp('compose.files.read', { id: project.id });
  const tool = useComposeTool();
  const model = read.data?.model ?? null;
  const hashes = useProjectHashes(project.id, Boolean(model && tool.data?.flavour));
  if (read.isError) return <Box component="span" sx={{ color: 'error.main' }}>{t('list.readFailed')}</Box>;
  if (!read.data) return <Box component="span" sx={{ color: 'text.disabled' }}>{t('list.reading')}</Box>;
  if (!model) return <Box component="span" sx={{ color: 'error.main' }}>{t('list.hasErrors', { count: read.data.diagnostics.filter((d) => d.severity === 'error').length })}</Box>;
  const summary = projectSummary(model, containers, project.name, hashes.data?.hashes);
  return (
    <Box component="span" data-testid="project-summary" data-running={summary.running} data-total={summary.total} data-out-of-date={summary.outOfDate} sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
      <span>{t('list.servicesRunning', { running: summary.running, count: summary.total })}</span>
      {summary.outOfDate > 0 && <Box component="span" sx={{ color: 'warning.main', fontWeight: 500 }}>{t('list.outOfDate', { count: summary.outOfDate })}</Box>}
    </Box>
  );
}
