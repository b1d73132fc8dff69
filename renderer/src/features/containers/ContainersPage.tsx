import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { describeError } from '../../api/errors';
import { useOp } from '../../api/hooks';
import { useFocusShortcut } from '../../lib/useFocusShortcut';
import { EngineUnavailable } from '../engine/EngineUnavailable';
import { useEngineStatus } from '../engine/engine-status';
import type { ContainerAction, RemoveOptions } from './actions';
import { ContainerGrid } from './ContainerGrid';
import { ContainersToolbar } from './ContainersToolbar';
import { NoContainers, NoMatches } from './EmptyState';
import { InspectDrawer, type InspectTarget } from './InspectDrawer';
import { RemoveDialog } from './RemoveDialog';
import { SELECTION_BAR_SPACE, SelectionBar } from './SelectionBar';
import { useContainerActions } from './useContainerActions';
import { buildView, type Sort, type SortKey, type StateFilter } from './view-rows';

/** The one list query of the page: every container; the Running filter is applied here, so it is instant. */
const ALL_CONTAINERS = { all: true };

export function ContainersPage() {
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
  const [removing, setRemoving] = useState<readonly ContainerSummary[] | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const all = list.data;
  const view = useMemo(
    () => buildView(all ?? [], { filter, search: deferredSearch, sort, collapsed }),
    [all, filter, deferredSearch, sort, collapsed],
  );
  // Selected and still on screen: a container that went away or is filtered out is not acted on.
  const selected = useMemo(() => view.matching.filter((c) => selection.has(c.id)), [view.matching, selection]);
  const runningCount = useMemo(() => (all ?? []).filter((c) => c.state === 'running').length, [all]);

  useFocusShortcut('/', searchRef);

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
    if (containers.length > 0) setRemoving(containers);
  }, []);
  const onInspect = useCallback((container: ContainerSummary) => setInspecting({ id: container.id, name: container.name }), []);

  const confirmRemove = (options: RemoveOptions) => {
    const targets = removing ?? [];
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
    const { summary, detail } = describeError(list.error);
    content = (
      <Box sx={{ p: 3 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => void list.refetch()}>
              Retry
            </Button>
          }
        >
          Could not list containers. {summary}
          {detail && <Box sx={{ mt: 0.5, opacity: 0.8 }}>{detail}</Box>}
        </Alert>
      </Box>
    );
  } else if (!all) {
    content = (
      <Box role="status" aria-label="Loading containers" sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <CircularProgress size={28} />
      </Box>
    );
  } else if (all.length === 0) {
    content = <NoContainers />;
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
        searchRef={searchRef}
        filter={filter}
        onFilter={setFilter}
      />
      <Paper
        variant="outlined"
        sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden', position: 'relative' }}
      >
        {list.isFetching && all && (
          <LinearProgress aria-label="Refreshing containers" sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2, zIndex: 3 }} />
        )}
        {content}
        {showsGrid && (
          <SelectionBar
            selected={selected}
            onBulk={(action, containers) => (action === 'remove' ? onRemove(containers) : onAction(action, containers))}
            onClear={() => setSelection(new Set())}
          />
        )}
      </Paper>
      <InspectDrawer target={inspecting} onClose={() => setInspecting(null)} />
      <RemoveDialog containers={removing} onCancel={() => setRemoving(null)} onConfirm={confirmRemove} />
    </Box>
  );
}
