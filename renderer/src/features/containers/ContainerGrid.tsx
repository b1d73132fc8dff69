import Box from '@mui/material/Box';
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBerthClient } from '../../api/BerthProvider';
import { GRID_HEADER_HEIGHT, isRowKey, useGridNavigation } from '../../components/grid/grid-parts';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import type { ContainerAction } from './actions';
import { ROW_HEIGHT, columns, gridMinWidth } from './columns';
import { gridContainerSx } from '../../components/grid/grid-template';
import { GridHeader } from './GridHeader';
import { ContainerGridRow, GroupGridRow, type ProjectAction } from './GridRows';
import { RowMenu, type RowMenuTarget } from './RowMenu';
import type { RowCommand } from './RowActions';
import { StatsHubContext } from './stats/StatsCells';
import { StatsHub } from './stats/stats-hub';
import type { GroupRow, Sort, SortKey, ViewRow } from './view-rows';

const viewRowKey = (row: ViewRow) => row.key;

interface ContainerGridProps {
  rows: readonly ViewRow[];
  /** Every container the filter and search let through (the header checkbox's scope). */
  matching: readonly ContainerSummary[];
  selection: ReadonlySet<string>;
  busy: ReadonlyMap<string, ContainerAction>;
  sort: Sort;
  onSort(key: SortKey): void;
  onSelectionChange(next: ReadonlySet<string>): void;
  onToggleGroup(project: string): void;
  onAction(action: Exclude<ContainerAction, 'remove'>, containers: readonly ContainerSummary[]): void;
  /** Asks to remove (the page confirms first). */
  onRemove(containers: readonly ContainerSummary[]): void;
  onInspect(container: ContainerSummary): void;
  /** Opens the container's detail view. */
  onOpen(container: ContainerSummary): void;
  onProject(action: ProjectAction, group: GroupRow): void;
  /** Room to leave after the last row (for the floating selection bar). */
  endSpace?: number;
}

/**
 * The containers as an ARIA grid, virtualised: only the rows in view (plus a margin) are in the DOM, so a
 * thousand containers scroll like ten. Keyboard: arrows/Home/End/PageUp/PageDown move the focused row,
 * Enter opens the container (or folds a project), Space selects, Delete asks to remove, Left/Right fold projects.
 */
export function ContainerGrid(props: ContainerGridProps) {
  const { rows, matching, selection, busy, sort, onSort, onSelectionChange, onToggleGroup, onAction, onRemove, onInspect, onOpen, onProject, endSpace = 0 } = props;
  const { scrollRef, virtualizer, activeIndex, moveTo, moveByKey, focusRow } = useGridNavigation({ rows, rowKey: viewRowKey, rowHeight: ROW_HEIGHT, overscan: 12, endSpace });
  const [menu, setMenu] = useState<RowMenuTarget | null>(null);
  const { t } = useTranslation('containers');

  const selectedIn = (containers: readonly ContainerSummary[]) => containers.filter((c) => selection.has(c.id));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!isRowKey(event)) return;
    const row = rows[activeIndex];
    if (!row) return;
    const handled = () => event.preventDefault();
    if (moveByKey(event.key)) return handled();
    switch (event.key) {
      case 'ArrowRight':
        if (row.kind === 'group' && !row.expanded) {
          handled();
          onToggleGroup(row.project);
        }
        return;
      case 'ArrowLeft':
        handled();
        if (row.kind === 'group') {
          if (row.expanded) onToggleGroup(row.project);
        } else if (row.project) {
          moveTo(rows.findIndex((r) => r.kind === 'group' && r.project === row.project));
        }
        return;
      case 'Enter':
        handled();
        if (row.kind === 'group') onToggleGroup(row.project);
        else onOpen(row.container);
        return;
      case ' ':
        handled();
        if (row.kind === 'group') toggleGroupSelect(row);
        else toggleSelect(row.container.id);
        return;
      case 'Delete': {
        handled();
        const focused = row.kind === 'group' ? row.containers : [row.container];
        // Delete on a row that is part of the selection removes the selection; otherwise just that row.
        const chosen = focused.some((c) => selection.has(c.id)) ? selectedIn(matching) : focused;
        onRemove(chosen);
        return;
      }
    }
  };

  const toggleSelect = useCallback(
    (id: string) => {
      const next = new Set(selection);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      onSelectionChange(next);
    },
    [selection, onSelectionChange],
  );

  const toggleGroupSelect = useCallback(
    (group: GroupRow) => {
      const next = new Set(selection);
      const all = group.containers.every((c) => next.has(c.id));
      for (const c of group.containers) {
        if (all) next.delete(c.id);
        else next.add(c.id);
      }
      onSelectionChange(next);
    },
    [selection, onSelectionChange],
  );

  const onCommand = useCallback(
    (command: RowCommand, container: ContainerSummary, anchor: HTMLElement) => {
      if (command === 'menu') setMenu({ anchor, container });
      else if (command === 'inspect') onInspect(container);
      else if (command === 'open') onOpen(container);
      else if (command === 'remove') onRemove([container]);
      else onAction(command, [container]);
    },
    [onAction, onInspect, onOpen, onRemove],
  );

  // CPU and memory: a stats stream for each running container in view (not the overscan), capped.
  const client = useBerthClient();
  const [hub] = useState(() => new StatsHub(client));
  useEffect(() => () => hub.dispose(), [hub]);
  const virtualItems = virtualizer.getVirtualItems();
  const scrollOffset = virtualizer.scrollOffset ?? 0;
  const viewport = virtualizer.scrollElement?.clientHeight ?? 0;
  const inView = virtualItems
    .filter((item) => item.end > scrollOffset && item.start < scrollOffset + viewport)
    .map((item) => rows[item.index])
    .flatMap((row) => (row?.kind === 'container' && row.container.state === 'running' ? [row.container.id] : []))
    .join(',');
  useEffect(() => {
    // Settles first: fast scrolling does not open and close a stream per row passed.
    const timer = setTimeout(() => hub.want(inView ? inView.split(',') : []), 250);
    return () => clearTimeout(timer);
  }, [hub, inView]);

  const selectedCount = matching.filter((c) => selection.has(c.id)).length;
  const allSelected = matching.length > 0 && selectedCount === matching.length;

  return (
    <StatsHubContext.Provider value={hub}>
    <Box
      ref={scrollRef}
      role="grid"
      aria-label={t('grid.label')}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-multiselectable
      onKeyDown={onKeyDown}
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', position: 'relative', outline: 'none', ...gridContainerSx }}
    >
      <Box sx={{ minWidth: gridMinWidth }}>
        <GridHeader
          sort={sort}
          onSort={onSort}
          selectable={matching.length}
          selectedCount={selectedCount}
          onToggleAll={() => onSelectionChange(allSelected ? new Set() : new Set(matching.map((c) => c.id)))}
        />
        <Box role="rowgroup" sx={{ position: 'relative', height: virtualizer.getTotalSize() }}>
          {virtualItems.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const common = { index: item.index, start: item.start - GRID_HEADER_HEIGHT, active: item.index === activeIndex, onFocusRow: focusRow };
            return row.kind === 'group' ? (
              <GroupGridRow
                key={row.key}
                {...common}
                group={row}
                selectedCount={selectedIn(row.containers).length}
                onToggleGroup={onToggleGroup}
                onToggleGroupSelect={toggleGroupSelect}
                onProject={onProject}
              />
            ) : (
              <ContainerGridRow
                key={row.key}
                {...common}
                container={row.container}
                inGroup={row.project !== null}
                selected={selection.has(row.container.id)}
                pending={busy.get(row.container.id)}
                onToggleSelect={toggleSelect}
                onCommand={onCommand}
              />
            );
          })}
        </Box>
      </Box>
      <RowMenu
        target={menu}
        onClose={() => setMenu(null)}
        onInspect={onInspect}
        onKill={(container) => onAction('kill', [container])}
      />
    </Box>
    </StatsHubContext.Provider>
  );
}
