import type { ComposeFileProject } from '../../../../shared/contract/compose';
import type { ContainerSummary } from '../../../../shared/contract/containers';

/*
 * The Compose page's rows: the projects opened from their files, and the projects the engine has only by the
 * labels compose put on their containers (made from a terminal, or by another tool), searched and sorted.
 */

const WORKING_DIR_LABEL = 'com.docker.compose.project.working_dir';
const CONFIG_FILES_LABEL = 'com.docker.compose.project.config_files';

/** A compose project known only from its containers' labels. */
export interface EngineProject {
  name: string;
  workingDir: string | null;
  configFiles: string[];
  containers: number;
  running: number;
}

export type ProjectRow =
  | { kind: 'file'; key: string; name: string; dir: string; files: readonly string[]; project: ComposeFileProject }
  | { kind: 'engine'; key: string; name: string; dir: string | null; files: readonly string[]; engine: EngineProject };

export type ProjectSortKey = 'name' | 'folder' | 'kind';
export interface ProjectSort {
  key: ProjectSortKey;
  direction: 'asc' | 'desc';
}

/** The projects of the containers that no project opened from files stands for (matched by name, as compose matches them). */
export function engineOnlyProjects(containers: readonly ContainerSummary[], opened: readonly Pick<ComposeFileProject, 'name'>[]): EngineProject[] {
  const openedNames = new Set(opened.map((project) => project.name));
  const byName = new Map<string, EngineProject>();
  for (const container of containers) {
    const name = container.composeProject;
    if (!name || openedNames.has(name)) continue;
    let project = byName.get(name);
    if (!project) {
      project = { name, workingDir: null, configFiles: [], containers: 0, running: 0 };
      byName.set(name, project);
    }
    project.containers++;
    if (container.state === 'running') project.running++;
    project.workingDir ??= container.labels[WORKING_DIR_LABEL] || null;
    if (project.configFiles.length === 0) project.configFiles = (container.labels[CONFIG_FILES_LABEL] ?? '').split(',').map((file) => file.trim()).filter(Boolean);
  }
  return [...byName.values()];
}

const isAbsolute = (path: string) => path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\');

/** The compose file an engine-only project was made from, when its labels say: `<working_dir>/<first config file>`. */
export function fileToOpen(project: Pick<EngineProject, 'workingDir' | 'configFiles'>): string | null {
  const first = project.configFiles[0];
  if (!first) return null;
  if (isAbsolute(first)) return first;
  if (!project.workingDir) return null;
  // Joined with the folder's own separator (a Windows engine host writes backslashes).
  const separator = project.workingDir.includes('\\') && !project.workingDir.includes('/') ? '\\' : '/';
  return `${project.workingDir.replace(/[\\/]+$/, '')}${separator}${first.replace(/^\.[\\/]/, '')}`;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function matches(row: ProjectRow, query: string): boolean {
  if (!query) return true;
  return [row.name, row.dir ?? '', ...row.files].some((text) => text.toLowerCase().includes(query));
}

/** Every project as a row: searched (name, folder, files), sorted; ties by name. */
export function projectRows(opened: readonly ComposeFileProject[], engine: readonly EngineProject[], options: { search: string; sort: ProjectSort }): ProjectRow[] {
  const rows: ProjectRow[] = [
    ...opened.map((project): ProjectRow => ({ kind: 'file', key: `file:${project.id}`, name: project.name, dir: project.dir, files: project.files, project })),
    ...engine.map((project): ProjectRow => ({ kind: 'engine', key: `engine:${project.name}`, name: project.name, dir: project.workingDir, files: project.configFiles, engine: project })),
  ];
  const query = options.search.trim().toLowerCase();
  const sign = options.sort.direction === 'asc' ? 1 : -1;
  const byName = (a: ProjectRow, b: ProjectRow) => collator.compare(a.name, b.name);
  const compare = (a: ProjectRow, b: ProjectRow): number => {
    switch (options.sort.key) {
      case 'name':
        return sign * byName(a, b);
      case 'folder':
        return sign * collator.compare(a.dir ?? '', b.dir ?? '');
      case 'kind':
        // Opened from files first.
        return sign * (Number(a.kind === 'engine') - Number(b.kind === 'engine'));
    }
  };
  return rows.filter((row) => matches(row, query)).sort((a, b) => compare(a, b) || byName(a, b));
}

/** A column header clicked: the same column flips its order; another starts ascending. */
export function nextProjectSort(current: ProjectSort, key: ProjectSortKey): ProjectSort {
  return current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' };
}
