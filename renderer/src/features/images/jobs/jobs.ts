import type { TFunction } from 'i18next';
import type { BerthClient } from '../../../../../shared/client';
import { BerthError } from '../../../../../shared/contract/errors';
import type { ArchiveEvent, BuildEvent, BuildLine, TransferEvent } from '../../../../../shared/contract/images';
import type { InputOf } from '../../../../../shared/contract/index';
import { createStore, useStore } from '../../../lib/store';
import { explainError } from '../../../api/errors';
import { notify } from '../../../components/notifications';
import { showSystemNotification, askNotificationPermission } from './system-notification';

/*
 * The long image operations (pull, push, build, save, load) as jobs in a store outside React: a job outlives
 * the dialog and the page that started it, and its stream is cancelled only when the user asks. The dialogs
 * and the app bar's jobs indicator only show what is here.
 */

export type TransferProgressEvent = Extract<TransferEvent, { kind: 'progress' }>;
type JobState = 'running' | 'done' | 'failed' | 'cancelled';

interface JobCommon {
  id: number;
  /** What the job is about, for titles: a reference, a build context, a file (several images: see `jobSubject`). */
  subject: string;
  /** The docker command that does the same ("Copy as CLI"). */
  command: string;
  state: JobState;
  startedAt: number;
  endedAt: number | null;
  error: BerthError | null;
}

export interface PullJob extends JobCommon {
  kind: 'pull';
  input: InputOf<'images.pull'>;
  progress: TransferProgressEvent | null;
  /** The engine's last status line, as it wrote it; '' until it sends one. */
  status: string;
  result: Extract<TransferEvent, { kind: 'done' }> | null;
}
export interface PushJob extends JobCommon {
  kind: 'push';
  input: InputOf<'images.push'>;
  progress: TransferProgressEvent | null;
  /** The engine's last status line, as it wrote it; '' until it sends one. */
  status: string;
  result: Extract<TransferEvent, { kind: 'done' }> | null;
}
export interface BuildJob extends JobCommon {
  kind: 'build';
  input: InputOf<'images.build'>;
  lines: BuildLine[];
  /** Lines dropped from the front to keep the log bounded. */
  droppedLines: number;
  step: number | null;
  totalSteps: number | null;
  result: Extract<BuildEvent, { kind: 'done' }> | null;
}
export interface SaveJob extends JobCommon {
  kind: 'save';
  input: InputOf<'images.save'>;
  bytes: number;
  totalBytes: number | null;
  result: Extract<ArchiveEvent, { kind: 'done' }> | null;
}
export interface LoadJob extends JobCommon {
  kind: 'load';
  input: InputOf<'images.load'>;
  bytes: number;
  totalBytes: number | null;
  result: Extract<ArchiveEvent, { kind: 'done' }> | null;
}
export type Job = PullJob | PushJob | BuildJob | SaveJob | LoadJob;

type JobSpec =
  | { kind: 'pull'; input: InputOf<'images.pull'>; command: string }
  | { kind: 'push'; input: InputOf<'images.push'>; command: string }
  | { kind: 'build'; input: InputOf<'images.build'>; command: string }
  | { kind: 'save'; input: InputOf<'images.save'>; command: string }
  | { kind: 'load'; input: InputOf<'images.load'>; command: string };

/** Finished jobs kept in the list (the oldest go first); running ones always stay. */
export const MAX_FINISHED_JOBS = 20;
/** A build log longer than this keeps its newest lines. */
const MAX_BUILD_LINES = 5000;
/** A job shorter than this is not worth a system notification. */
const NOTIFY_AFTER_MS = 2000;

export const jobs = createStore<readonly Job[]>([]);
/** The image a finished build made, for the list to select and mark for a few seconds. */
export const builtImage = createStore<{ id: string; at: number } | null>(null);
const BUILT_MARK_MS = 8000;

/** Marks an image as just built (again, for "Show in list"); the mark goes by itself. */
export function markBuilt(id: string): void {
  const mark = { id, at: Date.now() };
  builtImage.set(mark);
  setTimeout(() => {
    if (builtImage.get() === mark) builtImage.set(null);
  }, BUILT_MARK_MS);
}

const cancels = new Map<number, () => void>();
const watched = new Map<number, number>();
let nextId = 1;

/**
 * The words of the jobs that end outside any view (the snackbar, the system's notification): a `t` of the
 * images namespace with the errors one loaded too, given by the jobs indicator, which is always mounted.
 * Until then a message is its key.
 */
let words: TFunction | null = null;

export function setJobWords(t: TFunction | null): void {
  words = t;
}

function jobWords(): TFunction {
  return words ?? (((key: string) => key) as unknown as TFunction);
}

/** What the job is about in a title: its reference, context or file; several images are counted. */
export function jobSubject(t: TFunction, job: Job): string {
  return job.kind === 'save' && job.input.images.length !== 1 ? t('jobs.imageCount', { count: job.input.images.length }) : job.subject;
}

/** "Pulling busybox:latest", "Built sha256:…", "Could not push x". */
export function jobTitle(t: TFunction, job: Job): string {
  return t(`jobs.title.${job.kind}.${job.state}`, { subject: jobSubject(t, job) });
}

function subjectOf(spec: JobSpec): string {
  switch (spec.kind) {
    case 'pull':
    case 'push':
      return spec.input.reference;
    case 'build':
      return spec.input.tags?.[0] ?? spec.input.context;
    case 'save':
      return spec.input.images.join(', ');
    case 'load':
      return spec.input.path;
  }
}

function keepRecent(list: Job[]): Job[] {
  let finished = list.filter((job) => job.state !== 'running').length;
  return list.filter((job) => job.state === 'running' || finished-- <= MAX_FINISHED_JOBS);
}

function update(id: number, change: (job: Job) => Job): void {
  const list = jobs.get();
  const index = list.findIndex((job) => job.id === id);
  if (index < 0) return;
  const next = [...list];
  next[index] = change(list[index]!);
  jobs.set(next);
}

export function getJob(id: number): Job | undefined {
  return jobs.get().find((job) => job.id === id);
}

/** Starts a job's stream; the job is in the store at once, running. */
export function startJob(client: BerthClient, spec: JobSpec): number {
  askNotificationPermission();
  const id = nextId++;
  const common: JobCommon = { id, subject: subjectOf(spec), command: spec.command, state: 'running', startedAt: Date.now(), endedAt: null, error: null };
  let job: Job;
  switch (spec.kind) {
    case 'pull':
    case 'push':
      job = { ...common, kind: spec.kind, input: spec.input, progress: null, status: '', result: null } as PullJob | PushJob;
      break;
    case 'build':
      job = { ...common, kind: 'build', input: spec.input, lines: [], droppedLines: 0, step: null, totalSteps: null, result: null };
      break;
    case 'save':
    case 'load':
      job = { ...common, kind: spec.kind, input: spec.input, bytes: 0, totalBytes: null, result: null } as SaveJob | LoadJob;
      break;
  }
  jobs.set(keepRecent([...jobs.get(), job]));

  const onEnd = (error?: BerthError) => {
    cancels.delete(id);
    const current = getJob(id);
    if (!current || current.state !== 'running') return;
    if (error) finish(id, error.code === 'CANCELLED' ? 'cancelled' : 'failed', error);
    else if (current.result) finish(id, 'done', null);
    // A stream that ends without its result: main stopped it (an engine going away says so as an error).
    else finish(id, 'failed', new BerthError('INTERNAL', jobWords()('jobs.noResult')));
  };

  let cancel: () => void;
  switch (spec.kind) {
    case 'pull':
    case 'push':
      cancel = client.stream(spec.kind === 'pull' ? 'images.pull' : 'images.push', spec.input as never, {
        onEvent: (event: TransferEvent) => update(id, (j) => applyTransfer(j as PullJob | PushJob, event)),
        onEnd,
      });
      break;
    case 'build':
      cancel = client.stream('images.build', spec.input, { onEvent: (event) => update(id, (j) => applyBuild(j as BuildJob, event)), onEnd });
      break;
    case 'save':
    case 'load':
      cancel = client.stream(spec.kind === 'save' ? 'images.save' : 'images.load', spec.input as never, {
        onEvent: (event: ArchiveEvent) => update(id, (j) => applyArchive(j as SaveJob | LoadJob, event)),
        onEnd,
      });
      break;
  }
  // The stream may already have ended (a carrier refusing at once).
  if (getJob(id)?.state === 'running') cancels.set(id, cancel);
  return id;
}

function applyTransfer<J extends PullJob | PushJob>(job: J, event: TransferEvent): J {
  if (event.kind === 'progress') return { ...job, progress: event };
  if (event.kind === 'status') return { ...job, status: event.text };
  return { ...job, result: event };
}

export function applyBuild(job: BuildJob, event: BuildEvent): BuildJob {
  if (event.kind === 'done') return { ...job, result: event, totalSteps: event.totalSteps };
  let lines = job.lines.concat(event.lines);
  let dropped = job.droppedLines;
  if (lines.length > MAX_BUILD_LINES) {
    dropped += lines.length - MAX_BUILD_LINES;
    lines = lines.slice(lines.length - MAX_BUILD_LINES);
  }
  let { step, totalSteps } = job;
  for (const line of event.lines) {
    if (line.step !== null) step = line.step;
    if (line.totalSteps !== null) totalSteps = line.totalSteps;
  }
  return { ...job, lines, droppedLines: dropped, step, totalSteps };
}

function applyArchive<J extends SaveJob | LoadJob>(job: J, event: ArchiveEvent): J {
  if (event.kind === 'progress') return { ...job, bytes: event.bytes, totalBytes: event.totalBytes };
  return { ...job, result: event, bytes: event.sizeBytes, totalBytes: event.sizeBytes };
}

function finish(id: number, state: Exclude<JobState, 'running'>, error: BerthError | null): void {
  update(id, (job) => ({ ...job, state, error, endedAt: Date.now() }));
  const job = getJob(id);
  if (!job) return;
  if (job.kind === 'build' && job.result) markBuilt(job.result.imageId);
  if (state === 'cancelled') return;
  const t = jobWords();
  const title = jobTitle(t, job);
  const explained = state === 'done' ? null : explainError(error, t);
  const body = explained ? (explained.detail ?? explained.summary) : doneWords(t, job);
  // Someone looking at the job's dialog sees the end there; otherwise say it in the app…
  if (!watched.get(id)) notify({ severity: state === 'done' ? 'success' : 'error', title, ...(body ? { message: body } : {}) });
  // …and, when Berth is not on screen, in the system's notifications.
  if (typeof document !== 'undefined' && document.hidden && (job.endedAt ?? 0) - job.startedAt >= NOTIFY_AFTER_MS) showSystemNotification(title, body);
}

/** A finished job's result in a few words. */
function doneWords(t: TFunction, job: Job): string {
  switch (job.kind) {
    case 'pull':
    case 'push':
      return job.result?.digest ?? '';
    case 'build':
      return job.result ? t('jobs.done.build', { total: job.result.totalSteps, cached: job.result.cachedSteps }) : '';
    case 'save':
      return job.result ? t('jobs.done.save', { count: job.result.images.length, path: job.result.path }) : '';
    case 'load':
      return job.result ? job.result.images.join(', ') : '';
  }
}

/** The user's cancel: stops the stream; the job says so. */
export function cancelJob(id: number): void {
  const cancel = cancels.get(id);
  cancels.delete(id);
  cancel?.();
  const job = getJob(id);
  if (job?.state === 'running') finish(id, 'cancelled', null);
}

/** Runs a finished job again with the same input (after signing in, say); the new job's id. */
export function retryJob(client: BerthClient, id: number): number | null {
  const job = getJob(id);
  if (!job || job.state === 'running') return null;
  dismissJob(id);
  return startJob(client, { kind: job.kind, input: job.input, command: job.command } as JobSpec);
}

/** Forgets a finished job. */
export function dismissJob(id: number): void {
  if (getJob(id)?.state === 'running') return;
  jobs.set(jobs.get().filter((job) => job.id !== id));
}

export function clearFinishedJobs(): void {
  jobs.set(jobs.get().filter((job) => job.state === 'running'));
}

/** A dialog showing a job: while it does, the end is not also announced in a snackbar. */
export function watchJob(id: number): () => void {
  watched.set(id, (watched.get(id) ?? 0) + 1);
  return () => {
    const count = (watched.get(id) ?? 1) - 1;
    if (count <= 0) watched.delete(id);
    else watched.set(id, count);
  };
}

/** 0..1, or null when the job cannot tell yet. */
export function jobFraction(job: Job): number | null {
  if (job.state === 'done') return 1;
  switch (job.kind) {
    case 'pull':
    case 'push':
      return job.progress && job.progress.bytesTotal > 0 ? job.progress.fraction : null;
    case 'build':
      return job.step !== null && job.totalSteps ? Math.max(0, (job.step - 1) / job.totalSteps) : null;
    case 'save':
    case 'load':
      return job.totalBytes ? Math.min(1, job.bytes / job.totalBytes) : null;
  }
}

export function useJobs(): readonly Job[] {
  return useStore(jobs);
}

export function useJob(id: number | null): Job | undefined {
  const list = useStore(jobs);
  return id === null ? undefined : list.find((job) => job.id === id);
}

/** For tests of the store. */
export function resetJobsForTests(): void {
  for (const cancel of cancels.values()) cancel();
  cancels.clear();
  watched.clear();
  jobs.set([]);
  builtImage.set(null);
}
