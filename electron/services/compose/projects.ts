import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ComposeFileProject } from '../../../shared/contract/compose.js';
import { BerthError } from '../../../shared/contract/errors.js';
import type { SettingsStore } from '../settings/store.js';
import { firstLook, projectLookup } from './compose-check.js';
import { readTextFile } from './files-on-disk.js';
import { interpolate } from './interpolate.js';
import { findProjectFiles } from './project-files.js';

/** As many projects as the settings keep (shared/contract/settings.ts). */
const MAX_PROJECTS = 200;

/**
 * A project name as compose v2 makes one from a folder's name: lower case, only a-z 0-9 _ -, starting with a
 * letter or a digit. Nothing left (a folder named "...") gives "default", as compose v1 does.
 */
export function normaliseProjectName(name: string): string {
  const kept = name.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '');
  return kept === '' ? 'default' : kept;
}

/** A short id that stays the same for the same folder and files, so that opening them again finds the project. */
function projectId(dir: string, files: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify([dir, ...files])).digest('hex').slice(0, 16);
}

/**
 * The compose projects opened from their files, remembered in the settings (oldest first). Opening refuses what
 * is not a compose file at all; a compose file with mistakes opens, for the editor to show them.
 */
export class ComposeProjects {
  constructor(private readonly settings: SettingsStore) {}

  list(): ComposeFileProject[] {
    return this.settings.get().composeProjects;
  }

  open(target: string): ComposeFileProject {
    const { dir, files, envFile } = findProjectFiles(target);
    const id = projectId(dir, files);
    const known = this.list().find((project) => project.id === id);
    if (known) return known;
    // Every file is looked at (an override that is not a compose file is refused too); the name is the main file's.
    const [written] = files.map((file) => this.composeName(file));
    if (this.list().length >= MAX_PROJECTS) {
      throw new BerthError('CONFLICT', `Berth keeps at most ${MAX_PROJECTS} compose projects; close one before opening ${target}.`, { limit: MAX_PROJECTS });
    }
    const project: ComposeFileProject = { id, name: this.projectName(dir, written ?? null), dir, files, envFile, openedAt: Date.now() };
    this.settings.update((settings) => ({ ...settings, composeProjects: [...settings.composeProjects, project] }));
    return project;
  }

  close(id: string): void {
    this.get(id);
    this.settings.update((settings) => ({ ...settings, composeProjects: settings.composeProjects.filter((project) => project.id !== id) }));
  }

  get(id: string): ComposeFileProject {
    const project = this.list().find((p) => p.id === id);
    if (!project) throw new BerthError('NOT_FOUND', `No compose project with the id ${id} is open in Berth.`, { id });
    return project;
  }

  /**
   * Takes the project's name again from its main file (the file may have been edited, in Berth or elsewhere),
   * so that the compose tool runs with the name the file now gives: from `mainText` when the caller has just
   * read or saved it, else from the disk. A main file that is gone leaves the name as it was.
   */
  refreshName(id: string, mainText?: string): ComposeFileProject {
    const project = this.get(id);
    const text = mainText ?? readTextFile(project.files[0]!)?.text;
    if (text === undefined) return project;
    const name = this.projectName(project.dir, firstLook(text).name);
    if (name === project.name) return project;
    const renamed = { ...project, name };
    this.settings.update((settings) => ({ ...settings, composeProjects: settings.composeProjects.map((p) => (p.id === id ? renamed : p)) }));
    return renamed;
  }

  /** A file's `name:`, refusing a file that is not a compose file at all. */
  private composeName(file: string): string | null {
    const read = readTextFile(file);
    if (!read) throw new BerthError('NOT_FOUND', `${file} does not exist.`, { path: file });
    const { problem, name } = firstLook(read.text);
    if (problem) {
      throw new BerthError('INVALID_INPUT', `${file} is not a compose file: line ${problem.line}, column ${problem.column}: ${problem.reason}.`, {
        line: problem.line,
        column: problem.column,
      });
    }
    return name;
  }

  /** The `name:` of the main file (its variables substituted) when it has one, else the folder's name. */
  private projectName(dir: string, written: string | null): string {
    const substituted = written === null ? null : interpolate(written, projectLookup(dir));
    const name = substituted?.ok && substituted.value.trim() !== '' ? substituted.value : path.basename(dir);
    return normaliseProjectName(name);
  }
}
