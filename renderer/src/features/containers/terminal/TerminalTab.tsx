import '@xterm/xterm/css/xterm.css';
import LinkOffOutlined from '@mui/icons-material/LinkOffOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTheme } from '@mui/material/styles';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal, type ITheme } from '@xterm/xterm';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DuplexHandle } from '../../../../../shared/client';
import type { ContainerSummary, TerminalInput } from '../../../../../shared/contract/containers';
import type { BerthError } from '../../../../../shared/contract/errors';
import { useBerthClient } from '../../../api/BerthProvider';
import { describeError } from '../../../api/errors';
import { useOp } from '../../../api/hooks';
import { notifyError } from '../../../components/notifications';
import { codeSurface, monoFont } from '../../../components/theme';
import { actionSpecs } from '../actions';
import { copyText } from '../../../lib/clipboard';
import { compact } from '../logs/LogsTab';
import { terminalPalettes } from '../../../components/log/palette';
import { splitShellWords } from '../run/shell-words';
import { useContainerActions } from '../useContainerActions';

type Mode = 'exec' | 'attach';
type Shell = 'sh' | 'bash' | 'custom';
type SessionState =
  | { phase: 'idle' }
  | { phase: 'open'; mode: Mode }
  | { phase: 'exited'; code: number | null; mode: Mode }
  | { phase: 'detached' }
  | { phase: 'failed'; error: BerthError; mode: Mode };

/** Ctrl-P then Ctrl-Q: docker's default detach keys. */
const CTRL_P = '\x10';
const CTRL_Q = '\x11';

function xtermTheme(mode: 'light' | 'dark'): ITheme {
  const p = terminalPalettes[mode];
  const dark = mode === 'dark';
  return {
    background: codeSurface(mode),
    foreground: dark ? '#e6edf3' : '#1f2328',
    cursor: dark ? '#e6edf3' : '#1f2328',
    selectionBackground: dark ? 'rgba(88, 166, 255, 0.35)' : 'rgba(9, 105, 218, 0.25)',
    black: p[0], red: p[1], green: p[2], yellow: p[3], blue: p[4], magenta: p[5], cyan: p[6], white: p[7],
    brightBlack: p[8], brightRed: p[9], brightGreen: p[10], brightYellow: p[11], brightBlue: p[12], brightMagenta: p[13], brightCyan: p[14], brightWhite: p[15],
  };
}

/**
 * A terminal into the container with xterm.js: `docker exec -it` (sh, bash or a command, as a user), or
 * `docker attach` for a container started with -it (Ctrl-P Ctrl-Q or Detach leave it running). Resizes
 * follow the panel; copy and paste with Ctrl+Shift+C / Ctrl+Shift+V or the context menu.
 */
export function TerminalTab({ container, visible, attachFirst }: { container: ContainerSummary; visible: boolean; attachFirst: boolean }) {
  const client = useBerthClient();
  const theme = useTheme();
  const mode = theme.palette.mode;
  const inspect = useOp('containers.inspect', { id: container.id });
  const config = (inspect.data as { Config?: { OpenStdin?: boolean; Tty?: boolean } } | undefined)?.Config;
  const attachable = Boolean(config?.OpenStdin && config.Tty);
  const running = container.state === 'running';
  const actions = useContainerActions();

  const [sessionMode, setSessionMode] = useState<Mode>(attachFirst ? 'attach' : 'exec');
  const [shell, setShell] = useState<Shell>('sh');
  const [custom, setCustom] = useState('');
  const [user, setUser] = useState('');
  const [state, setState] = useState<SessionState>({ phase: 'idle' });
  const [menu, setMenu] = useState<{ x: number; y: number; selection: string } | null>(null);

  const hostRef = useRef<HTMLDivElement>(null);
  const termRef = useRef<Terminal | null>(null);
  const fitRef = useRef<FitAddon | null>(null);
  const handleRef = useRef<DuplexHandle<TerminalInput> | null>(null);
  const modeRef = useRef<Mode>(sessionMode);
  const pendingCtrlP = useRef(false);
  const lastSize = useRef({ cols: 0, rows: 0 });

  const detach = useCallback(() => {
    handleRef.current?.cancel();
    handleRef.current = null;
    setState({ phase: 'detached' });
    termRef.current?.write('\r\n\x1b[2m[detached: the container keeps running]\x1b[0m\r\n');
  }, []);

  // One xterm for the tab's lifetime; sessions come and go in it.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const term = new Terminal({
      fontFamily: monoFont,
      fontSize: 13,
      cursorBlink: true,
      scrollback: 5000,
      theme: xtermTheme(mode),
      allowProposedApi: false,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host);
    termRef.current = term;
    fitRef.current = fit;

    term.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown') return true;
      const accel = (event.ctrlKey || event.metaKey) && event.shiftKey;
      if (accel && event.code === 'KeyC') {
        const selection = term.getSelection();
        if (selection) void copyText(selection).catch((error: unknown) => notifyError('Could not copy', error));
        return false;
      }
      if (accel && event.code === 'KeyV') {
        void navigator.clipboard.readText().then((text) => term.paste(text), (error: unknown) => notifyError('Could not paste', error));
        return false;
      }
      return true;
    });

    const input = term.onData((data) => {
      const handle = handleRef.current;
      if (!handle) return;
      if (modeRef.current === 'attach') {
        // Detach keys are read here, as the docker CLI does; a Ctrl-P not followed by Ctrl-Q is sent on.
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
    });

    const observer = new ResizeObserver(() => {
      if (host.clientWidth === 0 || host.clientHeight === 0) return; // hidden tab
      fit.fit();
      const { cols, rows } = term;
      if (cols !== lastSize.current.cols || rows !== lastSize.current.rows) {
        lastSize.current = { cols, rows };
        handleRef.current?.send({ resize: { cols, rows } });
      }
    });
    observer.observe(host);
    return () => {
      observer.disconnect();
      input.dispose();
      handleRef.current?.cancel();
      handleRef.current = null;
      term.dispose();
      termRef.current = null;
    };
    // The theme follows below without recreating the terminal.
  }, [detach]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (termRef.current) termRef.current.options.theme = xtermTheme(mode);
  }, [mode]);

  const connect = useCallback(
    (as: Mode) => {
      const term = termRef.current;
      if (!term) return;
      handleRef.current?.cancel();
      pendingCtrlP.current = false;
      modeRef.current = as;
      term.reset();
      if (hostRef.current && hostRef.current.clientWidth > 0) fitRef.current?.fit();
      const size = { cols: term.cols, rows: term.rows };
      lastSize.current = size;
      const handlers = {
        onEvent: (event: { output: string; stream: 'stdout' | 'stderr' } | { exitCode: number | null }) => {
          if ('output' in event) term.write(event.output);
          else setState({ phase: 'exited', code: event.exitCode, mode: as });
        },
        onEnd: (error?: BerthError) => {
          if (error) setState({ phase: 'failed', error, mode: as });
          else setState((current) => (current.phase === 'open' ? { phase: 'exited', code: null, mode: as } : current));
          handleRef.current = null;
        },
      };
      if (as === 'attach') {
        handleRef.current = client.open('containers.attach', { id: container.id, ...size }, handlers);
        term.write('\x1b[2m[attached: Ctrl-P Ctrl-Q detaches]\x1b[0m\r\n');
      } else {
        const words = shell === 'custom' ? splitShellWords(custom) : { ok: true as const, words: [shell] };
        const cmd = words.ok && words.words.length > 0 ? words.words : ['sh'];
        handleRef.current = client.open('containers.exec', { id: container.id, cmd, ...(user.trim() ? { user: user.trim() } : {}), ...size }, handlers);
      }
      setState({ phase: 'open', mode: as });
      term.focus();
    },
    [client, container.id, shell, custom, user],
  );

  // Connect by itself when first shown on a running container.
  const autoConnected = useRef(false);
  useEffect(() => {
    if (autoConnected.current || !visible || !running || !termRef.current) return;
    if (sessionMode === 'attach' && !inspect.data) return; // wait to know it is attachable
    autoConnected.current = true;
    connect(sessionMode === 'attach' && attachable ? 'attach' : 'exec');
  }, [visible, running, sessionMode, attachable, inspect.data, connect]);

  useEffect(() => {
    if (visible && state.phase === 'open') termRef.current?.focus();
  }, [visible, state.phase]);

  const open = state.phase === 'open';
  const customWords = shell === 'custom' ? splitShellWords(custom) : null;
  const customIssue = customWords && !customWords.ok ? customWords.error : customWords?.ok && customWords.words.length === 0 ? 'type a command' : null;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        <ToggleButtonGroup
          exclusive
          value={sessionMode}
          onChange={(_e, value: Mode | null) => {
            if (value) setSessionMode(value);
          }}
          aria-label="Terminal mode"
        >
          <ToggleButton value="exec">Exec</ToggleButton>
          <ToggleButton value="attach" disabled={!attachable} title={attachable ? undefined : 'Only for containers started with -it'}>
            Attach
          </ToggleButton>
        </ToggleButtonGroup>
        {sessionMode === 'exec' ? (
          <>
            <TextField select value={shell} onChange={(e) => setShell(e.target.value as Shell)} sx={{ width: 170, ...compact }} slotProps={{ select: { inputProps: { 'aria-label': 'Shell' } } }}>
              <MenuItem value="sh">sh</MenuItem>
              <MenuItem value="bash">bash</MenuItem>
              <MenuItem value="custom">Custom command…</MenuItem>
            </TextField>
            {shell === 'custom' && (
              <TextField
                value={custom}
                placeholder="e.g. top -d 1"
                onChange={(e) => setCustom(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !customIssue) connect('exec');
                }}
                error={Boolean(custom && customIssue)}
                sx={{ width: 220, ...compact }}
                slotProps={{ htmlInput: { 'aria-label': 'Command', spellCheck: false, style: { fontFamily: monoFont } } }}
              />
            )}
            <TextField value={user} placeholder="user (default)" onChange={(e) => setUser(e.target.value)} sx={{ width: 140, ...compact }} slotProps={{ htmlInput: { 'aria-label': 'User', spellCheck: false } }} />
            <Button variant={open ? 'outlined' : 'contained'} startIcon={open ? <RefreshOutlined fontSize="small" /> : <PlayArrowOutlined fontSize="small" />} disabled={!running || Boolean(customIssue)} onClick={() => connect('exec')}>
              {open ? 'New session' : 'Connect'}
            </Button>
          </>
        ) : (
          <>
            <Button
              variant={open && state.mode === 'attach' ? 'outlined' : 'contained'}
              startIcon={<PlayArrowOutlined fontSize="small" />}
              disabled={!running || (open && state.mode === 'attach')}
              onClick={() => connect('attach')}
            >
              Connect
            </Button>
            <Button startIcon={<LinkOffOutlined fontSize="small" />} disabled={!open || state.mode !== 'attach'} onClick={detach}>
              Detach
            </Button>
            <Typography variant="caption" color="text.secondary">
              Ctrl-P Ctrl-Q detaches
            </Typography>
          </>
        )}
        <Box sx={{ flex: 1 }} />
        <Typography variant="caption" color="text.secondary" role="status" data-testid="terminal-status">
          {statusText(state)}
        </Typography>
      </Box>
      {!running && (
        <Alert
          severity="info"
          sx={{ borderRadius: 0 }}
          action={
            actionSpecs.start.appliesTo(container) ? (
              <Button color="inherit" onClick={() => void actions.run('start', [container])}>
                Start
              </Button>
            ) : undefined
          }
        >
          The container is not running: start it to open a terminal.
        </Alert>
      )}
      {(state.phase === 'exited' || state.phase === 'failed' || state.phase === 'detached') && (
        <Alert
          severity={state.phase === 'failed' ? 'error' : 'info'}
          sx={{ borderRadius: 0 }}
          action={
            <Button color="inherit" startIcon={<RefreshOutlined fontSize="small" />} disabled={!running} onClick={() => connect(state.phase === 'detached' ? 'attach' : state.mode)}>
              Reconnect
            </Button>
          }
        >
          {state.phase === 'exited'
            ? state.code === null
              ? 'The session ended.'
              : `Process exited with code ${state.code}`
            : state.phase === 'detached'
              ? 'Detached. The container keeps running.'
              : `${describeError(state.error).summary} ${describeError(state.error).detail ?? ''}`}
        </Alert>
      )}
      <Box
        sx={{ flex: 1, minHeight: 0, p: 1, bgcolor: 'code.surface' }}
        onContextMenu={(event) => {
          event.preventDefault();
          setMenu({ x: event.clientX, y: event.clientY, selection: termRef.current?.getSelection() ?? '' });
        }}
      >
        <Box ref={hostRef} data-testid="terminal" aria-label={`Terminal of ${container.name}`} role="region" sx={{ height: '100%', width: '100%' }} />
      </Box>
      <Menu
        open={menu !== null}
        onClose={() => setMenu(null)}
        anchorReference="anchorPosition"
        anchorPosition={menu ? { top: menu.y, left: menu.x } : undefined}
      >
        <MenuItem
          disabled={!menu?.selection}
          onClick={() => {
            const selection = menu?.selection;
            setMenu(null);
            if (selection) void copyText(selection).catch((error: unknown) => notifyError('Could not copy', error));
          }}
        >
          Copy
          <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto', pl: 3 }}>
            Ctrl+Shift+C
          </Typography>
        </MenuItem>
        <MenuItem
          disabled={!open}
          onClick={() => {
            setMenu(null);
            void navigator.clipboard.readText().then(
              (text) => termRef.current?.paste(text),
              (error: unknown) => notifyError('Could not paste', error),
            );
          }}
        >
          Paste
          <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto', pl: 3 }}>
            Ctrl+Shift+V
          </Typography>
        </MenuItem>
      </Menu>
    </Box>
  );
}

function statusText(state: SessionState): string {
  switch (state.phase) {
    case 'idle':
      return 'Not connected';
    case 'open':
      return state.mode === 'attach' ? 'Attached' : 'Connected';
    case 'exited':
      return state.code === null ? 'Ended' : `Exited (${state.code})`;
    case 'detached':
      return 'Detached';
    case 'failed':
      return 'Failed';
  }
}
