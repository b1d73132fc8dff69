import { isCancelled } from '../api/errors';
import { createStore } from '../lib/store';
import type { Href } from '../../../shared/routes';

export interface Notification {
  id: number;
  severity: 'success' | 'info' | 'warning' | 'error';
  /** What Berth was doing, e.g. "Could not stop web-1". */
  title: string;
  /** The human explanation, then the engine's own words. */
  message?: string;
  detail?: string;
  /** An error to explain (in the UI language, when shown) in place of `message` and `detail`. */
  error?: unknown;
  /** A way forward from here, e.g. "Open container" after a run; following it closes the notification. */
  action?: { label: string; href: Href };
}

/**
 * The snackbar queue, a store outside React so that anything (the query cache, an action runner) can post
 * to it. One notification shows at a time; the next follows when it closes.
 */
export const notifications = createStore<readonly Notification[]>([]);
let nextId = 1;

export function notify(notification: Omit<Notification, 'id'>): void {
  notifications.set([...notifications.get(), { ...notification, id: nextId++ }]);
}

export function notifyError(title: string, error: unknown): void {
  if (isCancelled(error)) return; // the user asked for it
  notify({ severity: 'error', title, error });
}

export function dismiss(id: number): void {
  notifications.set(notifications.get().filter((n) => n.id !== id));
}
