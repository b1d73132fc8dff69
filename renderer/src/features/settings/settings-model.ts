import type { Settings } from '../../../../shared/contract/settings';
import type { InputOf } from '../../../../shared/contract/index';

export type SettingsPatch = InputOf<'settings.update'>;

/** What settings.update does to the settings, for showing a change at once (main's answer then replaces it). */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return {
    ...settings,
    ...(patch.theme ? { theme: patch.theme } : {}),
    ...(patch.language ? { language: patch.language } : {}),
    ...(patch.logBufferLines ? { logBufferLines: patch.logBufferLines } : {}),
    confirmations: { ...settings.confirmations, ...patch.confirmations },
    managedEngine: { ...settings.managedEngine, ...patch.managedEngine },
    compose: { ...settings.compose, ...patch.compose },
  };
}

/** The sizes offered for the log buffer: the usual ones, plus the saved one when it is another. */
export function logBufferChoices(usual: readonly number[], current: number): number[] {
  return usual.includes(current) ? [...usual] : [...usual, current].sort((a, b) => a - b);
}

/**
 * A log buffer size kept by an earlier version in this browser (localStorage), to carry over into the settings
 * once: only a valid size, and only while the settings still hold the default.
 */
export function legacyLogBuffer(stored: string | null, current: number, defaultLines: number): number | null {
  if (stored === null || current !== defaultLines) return null;
  const lines = Number(stored);
  return Number.isInteger(lines) && lines >= 1000 && lines <= 5_000_000 && lines !== current ? lines : null;
}
