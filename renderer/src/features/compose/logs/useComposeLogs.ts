import { useEffect, useState } from 'react';
import type { BerthError } from '../../../../../shared/contract/errors';
import type { InputOf } from '../../../../../shared/contract/index';
import { useBerthClient, useBerthConnection } from '../../../api/BerthProvider';
import { LogStore } from '../../../components/log/log-store';
import { logBufferSize } from '../../../components/log/settings';

export type LogsPhase = { phase: 'loading' } | { phase: 'following' } | { phase: 'ended' } | { phase: 'failed'; error: BerthError };

/**
 * A project's merged logs (compose.logs) in a LogStore that outlives re-renders: a new input (services, tail,
 * follow) clears it and opens the stream again; cancelled on unmount.
 */
export function useComposeLogs(input: InputOf<'compose.logs'>): { store: LogStore; state: LogsPhase } {
  const client = useBerthClient();
  const [store] = useState(() => new LogStore(logBufferSize()));
  const inputJson = JSON.stringify(input);
  const [state, setState] = useState<{ key: string; phase: LogsPhase }>({ key: inputJson, phase: { phase: 'loading' } });

  useEffect(() => () => store.dispose(), [store]);

  // The web shell's connection came back: the stream reopens by itself and sends its tail again, so what is
  // shown starts over instead of repeating those lines.
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
    store.clear();
    const parsed = JSON.parse(inputJson) as InputOf<'compose.logs'>;
    const set = (phase: LogsPhase) => setState({ key: inputJson, phase });
    let first = true;
    return client.stream('compose.logs', parsed, {
      onEvent: (event) => {
        if (first) {
          first = false;
          set(parsed.follow ? { phase: 'following' } : { phase: 'loading' });
        }
        store.append(event.lines);
      },
      onEnd: (error) => set(error ? { phase: 'failed', error } : { phase: 'ended' }),
    });
  }, [client, inputJson, store]);

  return { store, state: state.key === inputJson ? state.phase : { phase: 'loading' } };
}
