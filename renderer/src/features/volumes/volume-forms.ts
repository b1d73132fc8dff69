import type { TFunction } from 'i18next';
import type { InputOf } from '../../../../shared/contract/index';
import { VolumeName, volumeOps } from '../../../../shared/contract/volumes';
import { formatBytes } from '../../lib/bytes';
import type { KeyValueRow } from '../../lib/key-value';
import { issueProblem } from '../../api/zod-issues';

/*
 * The volume dialogs' input, checked with the contract's own schemas so that a dialog refuses exactly what
 * main would, each issue keyed by the field it belongs to.
 */

export interface CreateVolumeForm {
  /** '' = the engine makes one up. */
  name: string;
  driver: string;
  labels: KeyValueRow[];
  options: KeyValueRow[];
}

export const emptyCreateVolumeForm = (): CreateVolumeForm => ({ name: '', driver: 'local', labels: [], options: [] });

/** Field keys: 'name', 'driver', 'labels.0.key', 'options.1.key'. */
export type Issues = ReadonlyMap<string, string>;

/** `needsName`: the issue of a row with a value but no name. */
function rowsToRecord(rows: readonly KeyValueRow[], prefix: string, needsName: string, alreadySet: string, issues: Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  rows.forEach((row, index) => {
    const key = row.key.trim();
    if (!key && row.value === '') return;
    if (!key) issues.set(`${prefix}.${index}.key`, needsName);
    else if (key in out) issues.set(`${prefix}.${index}.key`, alreadySet);
    else out[key] = row.value;
  });
  return out;
}

/** The form as the contract's input, and its issues: ours in `t`'s words (the `volumes` namespace), the contract's in its own. */
export function checkCreateVolume(form: CreateVolumeForm, t: TFunction): { input: InputOf<'volumes.create'>; issues: Issues } {
  const issues = new Map<string, string>();
  const alreadySet = t('forms.alreadySet');
  const input: InputOf<'volumes.create'> = {
    driver: form.driver.trim() || 'local',
    labels: rowsToRecord(form.labels, 'labels', t('forms.labelNeedsName'), alreadySet, issues),
    driverOptions: rowsToRecord(form.options, 'options', t('forms.optionNeedsName'), alreadySet, issues),
  };
  if (form.name.trim()) input.name = form.name.trim();
  const parsed = volumeOps['volumes.create'].input.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head] = issue.path;
      const key = head === 'driverOptions' ? 'options.0.key' : head === 'labels' ? 'labels.0.key' : String(head ?? 'name');
      if (!issues.has(key)) issues.set(key, issueProblem(issue, t));
    }
  }
  return { input, issues };
}

/** Why a volume name cannot be used, in the contract's words (in the UI language); undefined when it can. */
export function volumeNameIssue(name: string, t: TFunction): string | undefined {
  const parsed = VolumeName.safeParse(name.trim());
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return issue && issueProblem(issue, t);
}

const hostFile = volumeOps['volumes.export'].input.shape.file;

/** Why a path cannot be an archive file on this computer (a missing one in `t`'s words, the rest in the contract's); undefined when it can. */
export function hostFileIssue(file: string, t: TFunction): string | undefined {
  if (!file.trim()) return t('forms.fileRequired');
  const parsed = hostFile.safeParse(file.trim());
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return issue && issueProblem(issue, t);
}

const ARCHIVE_SUFFIX = /\.(tar(\.(gz|bz2|xz))?|tgz|tbz2?|txz)$/i;

/** A volume name from an archive's file name: /backups/site-data.tar.gz → site-data; '' if none fits. */
export function volumeNameFromArchive(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(ARCHIVE_SUFFIX, '').replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[^a-zA-Z0-9]+/, '');
  return VolumeName.safeParse(stem).success ? stem : '';
}

/** Where an export goes by default: the folder used last, and the volume's name. */
export function suggestArchivePath(lastFolder: string | null, volume: string): string {
  if (!lastFolder) return '';
  const separator = lastFolder.includes('\\') && !lastFolder.includes('/') ? '\\' : '/';
  return `${lastFolder.replace(/[\\/]+$/, '')}${separator}${volume}.tar`;
}

/** The folder of a path (to remember for the next export). */
export function folderOf(file: string): string | null {
  const at = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return at > 0 ? file.slice(0, at) : at === 0 ? '/' : null;
}

interface ProgressText {
  /** 0–100 when the total is known. */
  percent: number | null;
  text: string;
}

/** "12 MB of 30 MB"; an export's total is an estimate (the tar adds headers), so the bar stops at 100%. */
export function transferProgress(bytes: number, totalBytes: number | null, t: TFunction): ProgressText {
  if (totalBytes === null || totalBytes <= 0) return { percent: null, text: formatBytes(bytes) };
  const percent = Math.min(100, Math.round((bytes / totalBytes) * 100));
  return { percent, text: t('forms.progressOf', { done: formatBytes(bytes), total: formatBytes(totalBytes) }) };
}
