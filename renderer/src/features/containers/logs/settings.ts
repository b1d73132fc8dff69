/** Where the logs view keeps how many lines it holds (localStorage until Berth has a settings page). */
export const LOG_BUFFER_KEY = 'berth.logs.maxLines';
export const DEFAULT_LOG_BUFFER = 100_000;
export const LOG_BUFFER_CHOICES = [10_000, 50_000, 100_000, 250_000, 500_000, 1_000_000] as const;

export function logBufferSize(): number {
  try {
    const value = Number(localStorage.getItem(LOG_BUFFER_KEY));
    return (LOG_BUFFER_CHOICES as readonly number[]).includes(value) ? value : DEFAULT_LOG_BUFFER;
  } catch {
    return DEFAULT_LOG_BUFFER;
  }
}

export function setLogBufferSize(lines: number): void {
  try {
    if (lines === DEFAULT_LOG_BUFFER) localStorage.removeItem(LOG_BUFFER_KEY);
    else localStorage.setItem(LOG_BUFFER_KEY, String(lines));
  } catch {
    // Without storage the choice lasts as long as the view.
  }
}
