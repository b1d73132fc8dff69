import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { useCall, useOp } from '../../api/hooks';
import { notify, notifyError } from '../../components/notifications';
import { EngineUnavailable } from '../engine';
import { useEngineStatus } from '../../api/engine-status';
import type { ContainerAction, RemoveOptions } from './actions';
import { ContainerGrid } from './ContainerGrid';
import { ComposeLogsDialog, ComposeRemoveDialog } from './compose/ComposeDialogs';
import { ExportComposeDialog, type ExportTarget } from './compose/ExportComposeDialog';
import { ContainersToolbar } from './ContainersToolbar';
import { ContainerDetail } from './detail/ContainerDetail';
import { ChangeDialogs } from './update/ChangeDialogs';
import type { ProjectAction } from './GridRows';
import { PruneDialog } from './PruneDialog';
import { RunDialog } from './run/RunDialog';
import { NoContainers, NoMatches } from './EmptyState';
import { InspectDrawer, type InspectTarget } from './InspectDrawer';
import { RemoveDialog } from './RemoveDialog';
import { SELECTION_BAR_SPACE, SelectionBar } from './SelectionBar';
import { useContainerActions } from './useContainerActions';
import { currentContainers } from './removal';
import { buildView, type GroupRow, type Sort, type SortKey, type StateFilter } from './view-rows';
import { routes } from '../../../../shared/routes';
import { navigate, useRoute } from '../../lib/routing';
import { LoadError, Loading } from '../../components/PageParts';

/** The one list query of the page: every container; the Running filter is applied here, so it is instant. */
const ALL_CONTAINERS = { all: true };

/** #/containers is the list; #/containers/<id> one container's detail view. */
export function ContainersPage() {
  const route = useRoute();
  return (
    <>
      {route.page === 'container' ? <ContainerDetail id={route.id} tab={route.tab ?? 'overview'} attach={route.attach ?? false} /> : <ContainersList />}
      <ChangeDialogs />
    </>
  );
}

function ContainersList() {
  const engine = useEngineStatus();
  const list = useOp('containers.list', ALL_CONTAINERS);
  const actions = useContainerActions();

  const [filter, setFilter] = useState<StateFilter>('all');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'asc' });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [inspecting, setInspecting] = useState<InspectTarget | null>(null);
  // Ids, not rows: the dialog reads their states live (removal.ts).
  const [removing, setRemoving] = useState<readonly string[] | null>(null);
  const [running, setRunning] = useState(false);
  const [pruning, setPruning] = useState(false);
  const [removingProject, setRemovingProject] = useState<string | null>(null);
  const [exporting, setExporting] = useState<ExportTarget | null>(null);
  const [projectLogs, setProjectLogs] = useState<string | null>(null);
  const call = useCall();
  const { t } = useTranslation('containers');

  const all = list.data;
  const view = useMemo(
    () => buildView(all ?? [], { filter, search: deferredSearch, sort, collapsed }),
    [all, filter, deferredSearch, sort, collapsed],
  );
  // Selected and still on screen: a container that went away or is filtered out is not acted on.
  const selected = useMemo(() => view.matching.filter((c) => selection.has(c.id)), [view.matching, selection]);
  const runningCount = useMemo(() => (all ?? []).filter((c) => c.state === 'running').length, [all]);
  const removingNow = useMemo(() => (removing ? currentContainers(removing, all ?? []) : []), [removing, all]);

  const onSort = useCallback((key: SortKey) => {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'created' ? 'desc' : 'asc' },
    );
  }, []);

  const onToggleGroup = useCallback((project: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(project)) next.delete(project);
      else next.add(project);
      return next;
    });
  }, []);

  const { run } = actions;
  const onAction = useCallback(
    (action: Exclude<ContainerAction, 'remove'>, containers: readonly ContainerSummary[]) => void run(action, containers),
    [run],
  );
  const onRemove = useCallback((containers: readonly ContainerSummary[]) => {
    if (containers.length > 0) setRemoving(containers.map((c) => c.id));
  }, []);
  const onInspect = useCallback((container: ContainerSummary) => setInspecting({ id: container.id, name: container.name }), []);
  const onOpen = useCallback((container: ContainerSummary) => navigate(routes.container(container.id)), []);

  const projectCall = useCallback(
    async (action: 'start' | 'stop' | 'restart' | 'remove', project: string, volumes = false) => {
      try {
        const result =
          action === 'remove' ? await call('compose.remove', { project, volumes }) : await call(`compose.${action}`, { project });
        const n = result.ids.length;
        notify({ severity: 'success', title: t('page.projectDone', { action, count: n, project }) });
      } catch (error) {
        notifyError(t('page.projectFailed', { action, project }), error);
      }
    },
    [call, t],
  );
  const onProject = useCallback(
    (action: ProjectAction, group: GroupRow) => {
      if (action === 'logs') setProjectLogs(group.project);
      else if (action === 'remove') setRemovingProject(group.project);
      else if (action === 'export') setExporting({ project: group.project });
      else void projectCall(action, group.project);
    },
    [projectCall],
  );

  const confirmRemove = (options: RemoveOptions) => {
    const targets = removingNow;
    setRemoving(null);
    const ids = new Set(targets.map((c) => c.id));
    setSelection((current) => new Set([...current].filter((id) => !ids.has(id))));
    void run('remove', targets, options);
  };

  let content;
  let showsGrid = false;
  if (engine?.state === 'unavailable') {
    content = <EngineUnavailable status={engine} />;
  } else if (!all && list.isError && !list.isFetching) {
    content = <LoadError error={list.error} what={t('page.loadFailed')} onRetry={() => void list.refetch()} />;
  } else if (!all) {
    content = <Loading label={t('page.loading')} />;
  } else if (all.length === 0) {
    content = <NoContainers onRun={() => setRunning(true)} />;
  } else if (view.rows.length === 0) {
    content = (
      <NoMatches
        search={deferredSearch}
        onClearSearch={() => setSearch('')}
        onShowAll={filter === 'running' ? () => setFilter('all') : undefined}
      />
    );
  } else {
    showsGrid = true;
    content = (
      <ContainerGrid
        rows={view.rows}
        matching={view.matching}
        selection={selection}
        busy={actions.busy}
        sort={sort}
        onSort={onSort}
        onSelectionChange={setSelection}
        onToggleGroup={onToggleGroup}
        onAction={onAction}
        onRemove={onRemove}
        onInspect={onInspect}
        onOpen={onOpen}
        onProject={onProject}
        endSpace={selected.length > 0 ? SELECTION_BAR_SPACE : 0}
      />
    );
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <ContainersToolbar
        counts={all && engine?.state !== 'unavailable' ? { total: all.length, running: runningCount } : null}
        search={search}
        onSearch={setSearch}
        filter={filter}
        onFilter={setFilter}
        onRun={() => setRunning(true)}
        onPrune={() => setPruning(true)}
      />
      <Paper
        variant="outlined"
        sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden', position: 'relative' }}
      >
        {list.isFetching && all && (
          <LinearProgress aria-label={t('page.refreshing')} sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2, zIndex: 3 }} />
        )}
        {content}
        {showsGrid && (
          <SelectionBar
            selected={selected}
            onBulk={(action, containers) => (action === 'remove' ? onRemove(containers) : onAction(action, containers))}
            onExport={(containers) => setExporting({ containers: containers.map((c) => c.id) })}
            onClear={() => setSelection(new Set())}
          />
        )}
      </Paper>
      <InspectDrawer target={inspecting} onClose={() => setInspecting(null)} />
      <RemoveDialog containers={removingNow.length > 0 ? removingNow : null} onCancel={() => setRemoving(null)} onConfirm={confirmRemove} />
      <RunDialog open={running} onClose={() => setRunning(false)} />
      <PruneDialog open={pruning} onClose={() => setPruning(false)} />
      <ComposeRemoveDialog
        project={removingProject}
        containers={removingProject ? (all ?? []).filter((c) => c.composeProject === removingProject) : []}
        onCancel={() => setRemovingProject(null)}
        onConfirm={(volumes) => {
          const project = removingProject;
          setRemovingProject(null);
          if (project) void projectCall('remove', project, volumes);
        }}
      />
      <ComposeLogsDialog project={projectLogs} onClose={() => setProjectLogs(null)} />
      <ExportComposeDialog target={exporting} onClose={() => setExporting(null)} />
    </Box>
  );
}
