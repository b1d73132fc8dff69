import type { BerthClient } from '../../../../../shared/client';
import type { ComposeAction, ComposeFileProject, ComposeRunEvent, ComposeRunOptions } from '../../../../../shared/contract/compose';
import { BerthError } from '../../../../../shared/contract/errors';
import { createStore, useStore } from '../../../lib/store';

/*
 * Compose runs (up, down, start, stop, restart, pull, build) as jobs in a store outside React: a job outlives the
 * page that started it and its stream is cancelled only when the user asks. The project page and the app bar's
 * indicator only show what is here.
 */

export type ComposeJobState = 'running' | 'done' | 'failed' | 'cancelled';
export type ComposeOutputLine = Extract<ComposeRunEvent, { kind: 'output' }>['lines'][number];

export interface ComposeJob {
  id: number;
  projectId: string;
  /** The project's compose name, for titles. */
  project: string;
  action: ComposeAction;
  services: readonly string[];
  /** The command line: Berth's own rendering until main says what it runs (its `started` event). */
  command: string;
  state: ComposeJobState;
  /** The tool's output, bounded: the newest MAX_JOB_LINES. */
  lines: readonly ComposeOutputLine[];
  /** Lines dropped from the front to keep it bounded (a line's absolute number is droppedLines + its index). */
  droppedLines: number;
  exitCode: number | null;
  startedAt: number;
  endedAt: number | null;
  error: BerthError | null;
}

export interface ComposeJobSpec {
  project: Pick<ComposeFileProject, 'id' | 'name'>;
  action: ComposeAction;
  services: readonly string[];
  options: ComposeRunOptions;
  command: string;
  /** The job ended, whichever way (the user's cancel too); `watched`: a view was showing it. */
  onEnd?(job: ComposeJob, watched: boolean): void;
}

export const MAX_JOB_LINES = 5000;
/** `details.reason` of a run whose stream ended without the tool's end. */
export const RUN_INCOMPLETE = 'compose-run-incomplete';
/** Finished jobs kept (the oldest go first); running ones always stay. */
export const MAX_FINISHED_COMPOSE_JOBS = 20;

export const composeJobs = createStore<readonly ComposeJob[]>([]);

const cancels = new Map<number, () => void>();
const endings = new Map<number, NonNullable<ComposeJobSpec['onEnd']>>();
const watched = new Map<number, number>();
let nextId = 1;

export function getComposeJob(id: number): ComposeJob | undefined {
  return composeJobs.get().find((job) => job.id === id);
}

function update(id: number, change: (job: ComposeJob) => ComposeJob): void {
  const list = composeJobs.get();
  const index = list.findIndex((job) => job.id === id);
  if (index < 0) return;
  const next = [...list];
  next[index] = change(list[index]!);
  composeJobs.set(next);
}

function keepRecent(list: readonly ComposeJob[]): ComposeJob[] {
  let finished = list.filter((job) => job.state !== 'running').length;
  return list.filter((job) => job.state === 'running' || finished-- <= MAX_FINISHED_COMPOSE_JOBS);
}

/** A run's event applied to its job: the command main runs, output (bounded), the exit code. */
export function applyRunEvent(job: ComposeJob, event: ComposeRunEvent): ComposeJob {
  switch (event.kind) {
    case 'started':
      return { ...job, command: event.command };
    case 'done':
      return { ...job, exitCode: event.exitCode };
    case 'output': {
      let lines = job.lines.concat(event.lines);
      let dropped = job.droppedLines;
      if (lines.length > MAX_JOB_LINES) {
        dropped += lines.length - MAX_JOB_LINES;
        lines = lines.slice(lines.length - MAX_JOB_LINES);
      }
      return { ...job, lines, droppedLines: dropped };
    }
  }
}

/** Starts a run through the compose tool; the job is in the store at once, running. Returns its id. */
export function startComposeJob(client: Pick<BerthClient, 'stream'>, spec: ComposeJobSpec): number {
  const id = nextId++;
  const job: ComposeJob = {
    id,
    projectId: spec.project.id,
    project: spec.project.name,
    action: spec.action,
    services: [...spec.services],
    command: spec.command,
    state: 'running',
    lines: [],
    droppedLines: 0,
    exitCode: null,
    startedAt: Date.now(),
    endedAt: null,
    error: null,
  };
  composeJobs.set(keepRecent([...composeJobs.get(), job]));

  if (spec.onEnd) endings.set(id, spec.onEnd);

  const cancel = client.stream(
    'compose.files.run',
    { id: spec.project.id, action: spec.action, services: [...spec.services], options: spec.options },
    {
      onEvent: (event) => update(id, (current) => applyRunEvent(current, event)),
      onEnd: (error) => {
        const current = getComposeJob(id);
        if (!current || current.state !== 'running') return;
        if (error) endJob(id, error.code === 'CANCELLED' ? 'cancelled' : 'failed', error);
        else if (current.exitCode === 0) endJob(id, 'done', null);
        else if (current.exitCode !== null) endJob(id, 'failed', new BerthError('INTERNAL', `The compose tool exited with code ${current.exitCode}.`, { reason: 'compose-failed', exitCode: current.exitCode }));
        // A stream that ends without its `done`: main stopped it without saying why (the UI words the reason).
        else endJob(id, 'failed', new BerthError('INTERNAL', 'The compose run ended before the tool finished.', { reason: RUN_INCOMPLETE }));
      },
    },
  );
  // The stream may already have ended (a carrier refusing at once).
  if (getComposeJob(id)?.state === 'running') cancels.set(id, cancel);
  return id;
}

function endJob(id: number, state: Exclude<ComposeJobState, 'running'>, error: BerthError | null): void {
  cancels.delete(id);
  update(id, (job) => ({ ...job, state, error, endedAt: Date.now() }));
  const onEnd = endings.get(id);
  endings.delete(id);
  const ended = getComposeJob(id);
  if (ended && onEnd) onEnd(ended, (watched.get(id) ?? 0) > 0);
}

/** The user's cancel: stops the stream (main stops the tool); the job says so. */
export function cancelComposeJob(id: number): void {
  const cancel = cancels.get(id);
  cancels.delete(id);
  cancel?.();
  if (getComposeJob(id)?.state === 'running') endJob(id, 'cancelled', null);
}

/** Forgets a finished job. */
export function dismissComposeJob(id: number): void {
  if (getComposeJob(id)?.state === 'running') return;
  composeJobs.set(composeJobs.get().filter((job) => job.id !== id));
}

export function clearFinishedComposeJobs(): void {
  composeJobs.set(composeJobs.get().filter((job) => job.state === 'running'));
}

/** A view showing a job: its end is then not also announced in a snackbar. Returns the unwatch. */
export function watchComposeJob(id: number): () => void {
  watched.set(id, (watched.get(id) ?? 0) + 1);
  return () => {
    const count = (watched.get(id) ?? 1) - 1;
    if (count <= 0) watched.delete(id);
    else watched.set(id, count);
  };
}

export function useComposeJobs(): readonly ComposeJob[] {
  return useStore(composeJobs);
}

/** For tests of the store. */
export function resetComposeJobsForTests(): void {
  for (const cancel of cancels.values()) cancel();
  cancels.clear();
  endings.clear();
  watched.clear();
  composeJobs.set([]);
}
