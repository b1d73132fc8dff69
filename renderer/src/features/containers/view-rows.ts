import type { ContainerState, ContainerSummary } from '../../../../shared/contract/containers';
import { isUp } from '../../lib/container-state';
import { formatPorts } from './format';

export type SortKey = 'name' | 'image' | 'state' | 'status' | 'ports' | 'created';
export interface Sort {
  key: SortKey;
  direction: 'asc' | 'desc';
}
export type StateFilter = 'running' | 'all';

export interface GroupRow {
  kind: 'group';
  key: string;
  project: string;
  /** The group's containers that pass the filter and search, sorted. */
  containers: ContainerSummary[];
  running: number;
  expanded: boolean;
}
interface ContainerRow {
  kind: 'container';
  key: string;
  container: ContainerSummary;
  /** Its compose project when it is shown inside a group. */
  project: string | null;
}
export type ViewRow = GroupRow | ContainerRow;

interface ViewOptions {
  filter: StateFilter;
  search: string;
  sort: Sort;
  /** Compose projects the user folded away. */
  collapsed: ReadonlySet<string>;
}

interface ContainerView {
  rows: ViewRow[];
  /** Every container that passes the filter and search, folded away or not (what "select all" selects). */
  matching: ContainerSummary[];
}

/**
 * The list as the grid shows it: filtered (running/all, search), compose projects first as collapsible
 * groups, then the containers of no project; every level sorted by the chosen column.
 */
export function buildView(all: readonly ContainerSummary[], options: ViewOptions): ContainerView {
  const query = options.search.trim().toLowerCase();
  const matching = all.filter((c) => (options.filter === 'all' || isUp(c)) && matchesSearch(c, query));
  const compare = comparator(options.sort);
  const sorted = [...matching].sort(compare);

  const groups = new Map<string, ContainerSummary[]>();
  const loose: ContainerSummary[] = [];
  for (const container of sorted) {
    if (container.composeProject) {
      const members = groups.get(container.composeProject) ?? [];
      members.push(container);
      groups.set(container.composeProject, members);
    } else {
      loose.push(container);
    }
  }

  const rows: ViewRow[] = [];
  const projectOrder = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  if (options.sort.key === 'name' && options.sort.direction === 'desc') projectOrder.reverse();
  for (const project of projectOrder) {
    const members = groups.get(project)!;
    // While searching, groups open so that a match is never hidden behind a fold.
    const expanded = query !== '' || !options.collapsed.has(project);
    rows.push({
      kind: 'group',
      key: `group:${project}`,
      project,
      containers: members,
      running: members.filter((c) => c.state === 'running').length,
      expanded,
    });
    if (expanded) for (const container of members) rows.push({ kind: 'container', key: container.id, container, project });
  }
  for (const container of loose) rows.push({ kind: 'container', key: container.id, container, project: null });
  return { rows, matching: sorted };
}

export function matchesSearch(container: ContainerSummary, query: string): boolean {
  if (!query) return true;
  return (
    container.name.toLowerCase().includes(query) ||
    container.image.toLowerCase().includes(query) ||
    container.id.startsWith(query) ||
    (container.composeProject?.toLowerCase().includes(query) ?? false) ||
    (container.composeService?.toLowerCase().includes(query) ?? false)
  );
}

/** How states sort: the ones doing something first. */
const stateRank: Record<ContainerState, number> = {
  running: 0,
  restarting: 1,
  paused: 2,
  created: 3,
  removing: 4,
  exited: 5,
  dead: 6,
};

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function comparator(sort: Sort): (a: ContainerSummary, b: ContainerSummary) => number {
  const byKey = (a: ContainerSummary, b: ContainerSummary): number => {
    switch (sort.key) {
      case 'name':
        return collator.compare(a.name, b.name);
      case 'image':
        return collator.compare(a.image, b.image);
      case 'state':
        return stateRank[a.state] - stateRank[b.state] || (a.exitCode ?? 0) - (b.exitCode ?? 0);
      case 'status':
        return stateRank[a.state] - stateRank[b.state] || collator.compare(a.status, b.status);
      case 'ports':
        return collator.compare(formatPorts(a.ports), formatPorts(b.ports));
      case 'created':
        return a.created - b.created;
    }
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Ties fall back to the name, then the id, so the order never jumps between renders.
  return (a, b) => sign * byKey(a, b) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}
