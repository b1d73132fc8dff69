import type { ComposeFileProject, ComposeFileText } from '../../../shared/contract/compose.js';
import { BerthError } from '../../../shared/contract/errors.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { checkProject, checkTexts, projectLookup } from './compose-check.js';
import { MAX_COMPOSE_BYTES, readTextFile, saveTextFile, tooLarge } from './files-on-disk.js';
import type { ComposeProjects } from './projects.js';

type FileOps = 'compose.files.list' | 'compose.files.open' | 'compose.files.close' | 'compose.files.read' | 'compose.files.check' | 'compose.files.save';

/** Only a project's own files are read back or written: the path of any other file is refused. */
function ownFile(project: ComposeFileProject, file: string): string {
  if (!project.files.includes(file)) {
    throw new BerthError('FORBIDDEN', `${file} is not one of the files of the compose project ${project.name} (${project.files.join(', ')}).`, { path: file });
  }
  return file;
}

function boundedText(file: string, text: string): string {
  if (Buffer.byteLength(text, 'utf8') > MAX_COMPOSE_BYTES) throw tooLarge(file);
  return text;
}

/** Compose projects opened from their files: open, read, check an unsaved text, save. */
export function composeFileHandlers(projects: ComposeProjects): HandlerGroup<FileOps> {
  return {
    async 'compose.files.list'() {
      return { projects: projects.list() };
    },
    async 'compose.files.open'({ path }) {
      return projects.open(path);
    },
    async 'compose.files.close'({ id }) {
      projects.close(id);
      return { ok: true };
    },
    async 'compose.files.read'({ id }) {
      const onDisk = projects.get(id).files.map((path) => ({ path, file: readTextFile(path) }));
      const main = onDisk[0]?.file;
      const project = main ? projects.refreshName(id, main.text) : projects.get(id);
      // A file that vanished is shown empty with mtime 0 (saving it writes it anew) and reported as missing.
      const files: ComposeFileText[] = onDisk.map(({ path, file }) => ({ path, text: file?.text ?? '', mtimeMs: file?.mtimeMs ?? 0 }));
      const check = checkTexts(
        onDisk.map(({ path, file }) => ({ path, text: file?.text ?? null })),
        projectLookup(project.dir),
      );
      return { ...check, project, files };
    },
    async 'compose.files.check'({ id, path, text }) {
      const project = projects.get(id);
      return checkProject(project, { path: ownFile(project, path), text: boundedText(path, text) });
    },
    async 'compose.files.save'({ id, path, text, baseMtimeMs }) {
      const project = projects.get(id);
      const saved = saveTextFile(ownFile(project, path), text, baseMtimeMs);
      if (path === project.files[0]) projects.refreshName(id, text);
      return saved;
    },
  };
}
