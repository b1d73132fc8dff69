import { useEffect, useState } from 'react';
import type { BerthError } from '../../../../../shared/contract/errors';
import type { InputOf } from '../../../../../shared/contract/index';
import { useBerthClient, useBerthConnection } from '../../../api/BerthProvider';
import type { StreamHandlers } from '../../../../../shared/client';
import { LogStore, type LogLine } from '../../../components/log/log-store';
import { logBufferSize } from '../../../components/log/settings';

export type LogStreamState = { phase: 'loading' } | { phase: 'following' } | { phase: 'ended' } | { phase: 'failed'; error: BerthError };

type LogOp = 'containers.logs' | 'compose.logs';

/**
 * Opens a logs stream (one container's, or a compose project's merged) into a LogStore that outlives
 * re-renders; a change of input clears the store and opens the stream again. Cancelled on unmount.
 */
export function useLogStream<K extends LogOp>(op: K, input: InputOf<K>, enabled = true): { store: LogStore; state: LogStreamState } {
  const client = useBerthClient();
  const [store] = useState(() => new LogStore(logBufferSize()));
  const inputJson = JSON.stringify(input);
  // The state belongs to one input: a new input is loading until its stream says otherwise.
  const [keyed, setKeyed] = useState<{ key: string; state: LogStreamState }>({ key: inputJson, state: { phase: 'loading' } });
  const state: LogStreamState = keyed.key === inputJson ? keyed.state : { phase: 'loading' };
  const follow = (input as { follow?: boolean }).follow ?? true;

  useEffect(() => () => store.dispose(), [store]);

  // The web shell's connection came back: the stream reopens by itself (reopening-client.ts) and sends its
  // tail again, so what is shown starts over instead of repeating those lines.
  const { carrier } = useBerthConnection();
  useEffect(() => {
    let opens = carrier.get().opens;
    return carrier.subscribe(() => {
      const now = carrier.get();
      if (now.status === 'open' && now.opens > opens) store.clear();
      opens = now.opens;
    });
  }, [carrier, store]);

  useEffect(() => {
    if (!enabled) return;
    store.clear();
    const setState = (next: LogStreamState | ((current: LogStreamState) => LogStreamState)) =>
      setKeyed((current) => {
        const previous = current.key === inputJson ? current.state : { phase: 'loading' as const };
        return { key: inputJson, state: typeof next === 'function' ? next(previous) : next };
      });
    let first = true;
    // Both operations' events are {lines}; compose lines also name their container.
    const open = client.stream as (op: LogOp, input: unknown, handlers: StreamHandlers<{ lines: LogLine[] }>) => () => void;
    const cancel = open(op, JSON.parse(inputJson), {
      onEvent: (event) => {
        if (first) {
          first = false;
          setState(follow ? { phase: 'following' } : { phase: 'loading' });
        }
        store.append(event.lines);
      },
      onEnd: (error) => setState(error ? { phase: 'failed', error } : { phase: 'ended' }),
    });
    // No line yet is still "following" once the engine answered; a quiet container prints nothing.
    const quiet = setTimeout(() => {
      if (first && follow) setState((current) => (current.phase === 'loading' ? { phase: 'following' } : current));
    }, 1500);
    return () => {
      clearTimeout(quiet);
      cancel();
    };
  }, [client, op, inputJson, enabled, store, follow]);

  return { store, state };
}
