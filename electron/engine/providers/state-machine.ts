/**
 * The life of an engine Berth runs itself (its own dockerd on Linux, a Lima or WSL2 VM elsewhere), as data:
 * stopped → starting → running → stopping → stopped, and error (with details and the last log lines) from
 * any step. Pure, so every path is tested without a VM.
 */
export type ProviderState = 'stopped' | 'starting' | 'running' | 'stopping' | 'error';

export interface ProviderStatus {
  state: ProviderState;
  /** What is happening now, for progress ("Creating the VM", "Waiting for the engine socket"). */
  step: string | null;
  /** Set in the error state. */
  error: { message: string; lastLines: string[] } | null;
}

export type ProviderEvent =
  | { type: 'start' }
  | { type: 'progress'; step: string }
  | { type: 'started' }
  | { type: 'stop' }
  | { type: 'stopped' }
  | { type: 'failed'; message: string; lastLines: string[] }
  /** Found running (or not) by looking, e.g. at launch: whatever the state was, this is the truth. */
  | { type: 'observed'; running: boolean };

export const initialStatus: ProviderStatus = { state: 'stopped', step: null, error: null };

/** The next status, or an Error naming why the event is not allowed now (e.g. stop while stopped). */
export function transition(status: ProviderStatus, event: ProviderEvent): ProviderStatus | Error {
  const { state } = status;
  switch (event.type) {
    case 'start':
      if (state === 'stopped' || state === 'error') return { state: 'starting', step: 'Starting', error: null };
      return new Error(state === 'running' ? 'The engine is already running.' : `The engine is ${state}; wait for it to finish.`);
    case 'progress':
      if (state === 'starting' || state === 'stopping') return { ...status, step: event.step };
      return status; // late progress from a step that already ended says nothing new
    case 'started':
      return state === 'starting' ? { state: 'running', step: null, error: null } : status;
    case 'stop':
      if (state === 'running' || state === 'starting') return { state: 'stopping', step: 'Stopping', error: null };
      return new Error(state === 'stopping' ? 'The engine is already stopping.' : 'The engine is not running.');
    case 'stopped':
      return { state: 'stopped', step: null, error: null };
    case 'failed':
      return { state: 'error', step: null, error: { message: event.message, lastLines: event.lastLines } };
    case 'observed':
      if (state === 'starting' || state === 'stopping') return status;
      return event.running ? { state: 'running', step: null, error: null } : state === 'error' ? status : initialStatus;
  }
}
