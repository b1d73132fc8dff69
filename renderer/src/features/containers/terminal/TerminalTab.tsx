import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { useExplainError, type HumanError } from '../../../api/errors';
import { useOp } from '../../../api/hooks';
import { actionSpecs } from '../actions';
import { useContainerActions } from '../useContainerActions';
import { defaultExecChoice, execCommand, type ExecChoice } from './exec-choice';
import { TerminalToolbar } from './TerminalToolbar';
import { useTerminalSession, type SessionState, type TerminalMode } from './useTerminalSession';
import { XtermView, type XtermHandle } from './XtermView';

/**
 * A terminal into the container with xterm.js: `docker exec -it` (sh, bash or a command, as a user), or
 * `docker attach` for a container started with -it (Ctrl-P Ctrl-Q or Detach leave it running). Resizes
 * follow the panel; copy and paste with Ctrl+Shift+C / Ctrl+Shift+V or the context menu.
 */
export function TerminalTab({ container, visible, attachFirst }: { container: ContainerSummary; visible: boolean; attachFirst: boolean }) {
  const { t } = useTranslation('terminal');
  const explain = useExplainError();
  const inspect = useOp('containers.inspect', { id: container.id });
  const config = (inspect.data as { Config?: { OpenStdin?: boolean; Tty?: boolean } } | undefined)?.Config;
  const attachable = Boolean(config?.OpenStdin && config.Tty);
  const running = container.state === 'running';
  const actions = useContainerActions();

  const [mode, setMode] = useState<TerminalMode>(attachFirst ? 'attach' : 'exec');
  const [exec, setExec] = useState<ExecChoice>(defaultExecChoice);
  const [terminal, setTerminal] = useState<XtermHandle | null>(null);
  const { state, connect: open, detach, input, resize } = useTerminalSession(container.id, terminal);
  const connect = (as: TerminalMode) => open(as, execCommand(exec));

  // Connect by itself when first shown on a running container.
  const autoConnected = useRef(false);
  useEffect(() => {
    if (autoConnected.current || !visible || !running || !terminal) return;
    if (mode === 'attach' && !inspect.data) return; // wait to know it is attachable
    autoConnected.current = true;
    open(mode === 'attach' && attachable ? 'attach' : 'exec', execCommand(exec));
  }, [visible, running, mode, attachable, inspect.data, terminal, open, exec]);

  useEffect(() => {
    if (visible && state.phase === 'open') terminal?.focus();
  }, [visible, state.phase, terminal]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <TerminalToolbar
        mode={mode}
        onMode={setMode}
        attachable={attachable}
        exec={exec}
        onExec={setExec}
        running={running}
        state={state}
        onConnect={connect}
        onDetach={detach}
      />
      {!running && (
        <Alert
          severity="info"
          sx={{ borderRadius: 0 }}
          action={
            actionSpecs.start.appliesTo(container) ? (
              <Button color="inherit" onClick={() => void actions.run('start', [container])}>
                {t('tab.start')}
              </Button>
            ) : undefined
          }
        >
          {t('tab.notRunning')}
        </Alert>
      )}
      {(state.phase === 'exited' || state.phase === 'failed' || state.phase === 'detached') && (
        <Alert
          // eslint-disable-next-line berth/no-literal-ui-text -- Alert severities
          severity={state.phase === 'failed' ? 'error' : 'info'}
          sx={{ borderRadius: 0 }}
          action={
            <Button color="inherit" startIcon={<RefreshOutlined fontSize="small" />} disabled={!running} onClick={() => connect(state.phase === 'detached' ? 'attach' : state.mode)}>
              {t('tab.reconnect')}
            </Button>
          }
        >
          {endedText(state, t, explain)}
        </Alert>
      )}
      <XtermView label={t('tab.label', { name: container.name })} canPaste={state.phase === 'open'} onReady={setTerminal} onData={input} onResize={resize} />
    </Box>
  );
}

/** How a session that is over ended, for the alert above the terminal. */
function endedText(state: Extract<SessionState, { phase: 'exited' | 'failed' | 'detached' }>, t: TFunction, explain: (error: unknown) => HumanError): string {
  if (state.phase === 'exited') return state.code === null ? t('tab.sessionEnded') : t('tab.processExited', { code: state.code });
  if (state.phase === 'detached') return t('tab.detached');
  const { summary, detail } = explain(state.error);
  return `${summary} ${detail ?? ''}`;
}
