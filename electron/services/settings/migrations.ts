import { SETTINGS_VERSION } from '../../../shared/contract/settings.js';

type Raw = Record<string, unknown>;

/**
 * Each step turns a file of version N into version N+1. Files without a version are version 1 (Berth 0.0's
 * settings: `{ "theme": "dark", "engine": "unix:///…", "logLines": 50000 }`).
 */
const steps: Record<number, (raw: Raw) => Raw> = {
  1: (raw) => {
    const { engine, logLines, ...rest } = raw;
    const engines = typeof engine === 'string' && engine ? [{ id: 'migrated', name: 'Engine', url: engine }] : [];
    return {
      ...rest,
      version: 2,
      engines,
      activeEngine: engines.length ? 'migrated' : null,
      ...(typeof logLines === 'number' ? { logBufferLines: logLines } : {}),
    };
  },
};

/** Brings a parsed settings file up to the current version; a file from a newer Berth is refused. */
export function migrate(raw: Raw): Raw {
  let current = raw;
  let version = typeof current.version === 'number' ? current.version : 1;
  if (version > SETTINGS_VERSION) throw new Error(`the file is from a newer Berth (settings version ${version})`);
  while (version < SETTINGS_VERSION) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from settings version ${version}`);
    current = step(current);
    version++;
  }
  return current;
}
