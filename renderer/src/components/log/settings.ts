import { createStore } from '../../lib/store';

/**
 * How many lines a logs view holds: Berth's `logBufferLines` setting. features/settings keeps `logBufferSetting`
 * equal to the saved value and saves changes made here (the logs view's menu), so both stay one setting.
 */
export const DEFAULT_LOG_BUFFER = 100_000;
export const LOG_BUFFER_CHOICES = [10_000, 50_000, 100_000, 250_000, 500_000, 1_000_000] as const;
/** Where earlier versions kept the choice in this browser; read once to carry it over into the settings. */
export const LOG_BUFFER_KEY = 'berth.logs.maxLines';

export const logBufferSetting = createStore<number>(DEFAULT_LOG_BUFFER);
let save: ((lines: number) => void) | null = null;

export function logBufferSize(): number {
  return logBufferSetting.get();
}

export function setLogBufferSize(lines: number): void {
  logBufferSetting.set(lines);
  save?.(lines);
}

/** Where changes are saved (features/settings registers settings.update); null: nowhere. */
export function saveLogBufferWith(next: ((lines: number) => void) | null): void {
  save = next;
}
