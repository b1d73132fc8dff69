import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplexHandle } from '../../../../../shared/client';
import type { TerminalInput } from '../../../../../shared/contract/containers';
import type { BerthError } from '../../../../../shared/contract/errors';
import { useBerthClient } from '../../../api/BerthProvider';
import type { TerminalSize, XtermHandle } from './XtermView';

export type TerminalMode = 'exec' | 'attach';

export type SessionState =
  | { phase: 'idle' }
  | { phase: 'open'; mode: TerminalMode }
  | { phase: 'exited'; code: number | null; mode: TerminalMode }
  | { phase: 'detached' }
  | { phase: 'failed'; error: BerthError; mode: TerminalMode };

/** Ctrl-P then Ctrl-Q: docker's default detach keys. */
const CTRL_P = '\x10';
const CTRL_Q = '\x11';

/**
 * The exec or attach session shown in a terminal: opens one (`docker exec -it` with a command and user, or
 * `docker attach`), sends typing and size changes to it, writes its output, reads the detach keys of an
 * attach as the docker CLI does, and says how it ended. One session at a time; unmounting ends it.
 */
export function useTerminalSession(containerId: string, terminal: XtermHandle | null) {
  const { t } = useTranslation('terminal');
  const client = useBerthClient();
  const [state, setState] = useState<SessionState>({ phase: 'idle' });
  const handleRef = useRef<DuplexHandle<TerminalInput> | null>(null);
  const modeRef = useRef<TerminalMode>('exec');
  const pendingCtrlP = useRef(false);
  const lastSize = useRef<TerminalSize>({ cols: 0, rows: 0 });

  useEffect(
    () => () => {
      handleRef.current?.cancel();
      handleRef.current = null;
    },
    [],
  );

  const detach = useCallback(() => {
    handleRef.current?.cancel();
    handleRef.current = null;
    setState({ phase: 'detached' });
    terminal?.write(`\r\n\x1b[2m${t('session.detached')}\x1b[0m\r\n`);
  }, [terminal, t]);

  const connect = useCallback(
    (as: TerminalMode, exec: { cmd: string[]; user?: string }) => {
      if (!terminal) return;
      handleRef.current?.cancel();
      pendingCtrlP.current = false;
      modeRef.current = as;
      terminal.reset();
      const size = terminal.fit();
      lastSize.current = size;
      const handlers = {
        onEvent: (event: { output: string; stream: 'stdout' | 'stderr' } | { exitCode: number | null }) => {
          if ('output' in event) terminal.write(event.output);
          else setState({ phase: 'exited', code: event.exitCode, mode: as });
        },
        onEnd: (error?: BerthError) => {
          if (error) setState({ phase: 'failed', error, mode: as });
          else setState((current) => (current.phase === 'open' ? { phase: 'exited', code: null, mode: as } : current));
          handleRef.current = null;
        },
      };
      if (as === 'attach') {
        handleRef.current = client.open('containers.attach', { id: containerId, ...size }, handlers);
        terminal.write(`\x1b[2m${t('session.attached')}\x1b[0m\r\n`);
      } else {
        handleRef.current = client.open('containers.exec', { id: containerId, ...exec, ...size }, handlers);
      }
      setState({ phase: 'open', mode: as });
      terminal.focus();
    },
    [client, containerId, terminal, t],
  );

  /** Typing in the terminal; in an attach, Ctrl-P Ctrl-Q detaches and a Ctrl-P not followed by Ctrl-Q is sent on. */
  const input = useCallback(
    (data: string) => {
      const handle = handleRef.current;
      if (!handle) return;
      if (modeRef.current === 'attach') {
        if (pendingCtrlP.current) {
          pendingCtrlP.current = false;
          if (data === CTRL_Q) return detach();
          handle.send({ data: CTRL_P + data });
          return;
        }
        if (data === CTRL_P) {
          pendingCtrlP.current = true;
          return;
        }
      }
      handle.send({ data });
    },
    [detach],
  );

  /** The terminal's new size, sent when it changed. */
  const resize = useCallback((size: TerminalSize) => {
    if (size.cols === lastSize.current.cols && size.rows === lastSize.current.rows) return;
    lastSize.current = size;
    handleRef.current?.send({ resize: size });
  }, []);

  return { state, connect, detach, input, resize };
}
