import fs from 'node:fs';
import path from 'node:path';
import { Settings } from '../../../shared/contract/settings.js';
import { describeZodError } from '../../ipc/zod-errors.js';
import { Emitter } from '../../util/emitter.js';
import { writeJsonAtomic } from '../../util/json-file.js';
import { migrate } from './migrations.js';

/**
 * Berth's settings file: one schema with defaults, versioned migrations, atomic writes. A file that cannot be
 * read is moved aside as a backup and reported; Berth then starts from defaults, and nothing is lost silently.
 */
export class SettingsStore {
  private current: Settings;
  readonly problems: string[] = [];
  private readonly changes = new Emitter<Settings>('settings changes');
  readonly file: string;

  constructor(dataDir: string, private readonly now: () => Date = () => new Date()) {
    this.file = path.join(dataDir, 'settings.json');
    this.current = this.load();
  }

  get(): Settings {
    return this.current;
  }

  /** Applies a change (already checked by the caller's schema) and saves. */
  update(change: (settings: Settings) => Settings): Settings {
    const next = Settings.parse(change(structuredClone(this.current)));
    writeJsonAtomic(this.file, next);
    this.current = next;
    this.changes.fire(next);
    return next;
  }

  onChange(listener: (settings: Settings) => void) {
    return this.changes.on(listener);
  }

  private load(): Settings {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Settings.parse({});
      this.problems.push(`Berth could not read its settings (${(error as Error).message}); it is using the defaults.`);
      return Settings.parse({});
    }
    try {
      const raw = JSON.parse(text) as unknown;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('the file does not hold an object');
      const migrated = migrate(raw as Record<string, unknown>);
      const parsed = Settings.safeParse(migrated);
      if (!parsed.success) throw new Error(describeZodError(parsed.error));
      if ((raw as { version?: unknown }).version !== parsed.data.version) writeJsonAtomic(this.file, parsed.data);
      return parsed.data;
    } catch (error) {
      const backup = `${this.file}.broken-${this.now().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(this.file, backup);
      this.problems.push(
        `Berth’s settings file could not be used (${(error as Error).message}). It was kept as ${backup}; Berth started with default settings.`,
      );
      return Settings.parse({});
    }
  }
}
