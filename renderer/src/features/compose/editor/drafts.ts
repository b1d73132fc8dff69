import { useMemo } from 'react';
import { createStore, useStore } from '../../../lib/store';

/*
 * Unsaved changes to compose files, outside React so that they outlive the editor (leaving the page and
 * coming back finds them), and copied to sessionStorage so that a reload of the window keeps them too
 * (closing it drops them, as closing an editor without saving would).
 */

export interface Draft {
  text: string;
  /** The file's modification time when the draft began: the save names it, and is refused if the file changed since. */
  baseMtimeMs: number;
}

const STORAGE_KEY = 'berth.composeDrafts';
/** Writes to sessionStorage wait this long for more typing. */
const PERSIST_DELAY_MS = 250;

export const draftKey = (projectId: string, path: string): string => JSON.stringify([projectId, path]);

/** Drafts as sessionStorage holds them (a list of [key, draft]); anything malformed is dropped, not trusted. */
export function parseStoredDrafts(json: string | null): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  if (!json) return drafts;
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return drafts;
  }
  if (!Array.isArray(stored)) return drafts;
  for (const entry of stored) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
    const draft = entry[1] as Partial<Draft> | null;
    if (typeof draft?.text === 'string' && typeof draft.baseMtimeMs === 'number') drafts.set(entry[0], { text: draft.text, baseMtimeMs: draft.baseMtimeMs });
  }
  return drafts;
}

function readStored(): Map<string, Draft> {
  try {
    return parseStoredDrafts(sessionStorage.getItem(STORAGE_KEY));
  } catch {
    return new Map(); // no storage (a test, a locked-down browser): drafts live as long as the page
  }
}

const drafts = createStore<ReadonlyMap<string, Draft>>(typeof sessionStorage === 'undefined' ? new Map() : readStored());

let persistTimer: ReturnType<typeof setTimeout> | undefined;
function persist(): void {
  persistTimer = undefined;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...drafts.get()]));
  } catch {
    // Over the storage quota: the drafts still outlive navigation, only not a reload.
  }
}
function schedulePersist(): void {
  if (typeof sessionStorage === 'undefined') return;
  persistTimer ??= setTimeout(persist, PERSIST_DELAY_MS);
}
if (typeof window !== 'undefined') {
  // A reload right after typing: the last keystrokes are written before the page goes.
  window.addEventListener('pagehide', () => {
    if (persistTimer !== undefined) {
      clearTimeout(persistTimer);
      persist();
    }
  });
}

export function getDraft(projectId: string, path: string): Draft | undefined {
  return drafts.get().get(draftKey(projectId, path));
}

/** Keeps a draft, or drops it (`null`): after a save, a revert, or when the text is the file's again. */
export function setDraft(projectId: string, path: string, draft: Draft | null): void {
  const key = draftKey(projectId, path);
  const current = drafts.get();
  if (draft === null && !current.has(key)) return;
  const next = new Map(current);
  if (draft === null) next.delete(key);
  else next.set(key, draft);
  drafts.set(next);
  schedulePersist();
}

/** The project's drafts by file path, followed live. */
export function useProjectDrafts(projectId: string): ReadonlyMap<string, Draft> {
  const all = useStore(drafts);
  return useMemo(
    () =>
      new Map(
        [...all].flatMap(([key, draft]) => {
          const [id, path] = JSON.parse(key) as [string, string];
          return id === projectId ? [[path, draft] as const] : [];
        }),
      ),
    [all, projectId],
  );
}
