import LinkOffOutlined from '@mui/icons-material/LinkOffOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { monoFont } from '../../../components/theme';
import { compact } from '../logs/LogsTab';
import { execChoiceIssue, type ExecChoice } from './exec-choice';
import type { SessionState, TerminalMode } from './useTerminalSession';

/**
 * Above the terminal: Exec (shell or command, user, Connect / New session) or Attach (Connect, Detach),
 * and the session's state in words.
 */
export function TerminalToolbar({
  mode,
  onMode,
  attachable,
  exec,
  onExec,
  running,
  state,
  onConnect,
  onDetach,
}: {
  mode: TerminalMode;
  onMode(mode: TerminalMode): void;
  attachable: boolean;
  exec: ExecChoice;
  onExec(exec: ExecChoice): void;
  running: boolean;
  state: SessionState;
  onConnect(mode: TerminalMode): void;
  onDetach(): void;
}) {
  const open = state.phase === 'open';
  const issue = execChoiceIssue(exec);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <ToggleButtonGroup
        exclusive
        value={mode}
        onChange={(_e, value: TerminalMode | null) => {
          if (value) onMode(value);
        }}
        aria-label="Terminal mode"
      >
        <ToggleButton value="exec">Exec</ToggleButton>
        <ToggleButton value="attach" disabled={!attachable} title={attachable ? undefined : 'Only for containers started with -it'}>
          Attach
        </ToggleButton>
      </ToggleButtonGroup>
      {mode === 'exec' ? (
        <>
          <TextField select value={exec.shell} onChange={(e) => onExec({ ...exec, shell: e.target.value as ExecChoice['shell'] })} sx={{ width: 170, ...compact }} slotProps={{ select: { inputProps: { 'aria-label': 'Shell' } } }}>
            <MenuItem value="sh">sh</MenuItem>
            <MenuItem value="bash">bash</MenuItem>
            <MenuItem value="custom">Custom command…</MenuItem>
          </TextField>
          {exec.shell === 'custom' && (
            <TextField
              value={exec.custom}
              placeholder="e.g. top -d 1"
              onChange={(e) => onExec({ ...exec, custom: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !issue) onConnect('exec');
              }}
              error={Boolean(exec.custom && issue)}
              sx={{ width: 220, ...compact }}
              slotProps={{ htmlInput: { 'aria-label': 'Command', spellCheck: false, style: { fontFamily: monoFont } } }}
            />
          )}
          <TextField value={exec.user} placeholder="user (default)" onChange={(e) => onExec({ ...exec, user: e.target.value })} sx={{ width: 140, ...compact }} slotProps={{ htmlInput: { 'aria-label': 'User', spellCheck: false } }} />
          <Button variant={open ? 'outlined' : 'contained'} startIcon={open ? <RefreshOutlined fontSize="small" /> : <PlayArrowOutlined fontSize="small" />} disabled={!running || Boolean(issue)} onClick={() => onConnect('exec')}>
            {open ? 'New session' : 'Connect'}
          </Button>
        </>
      ) : (
        <>
          <Button
            variant={open && state.mode === 'attach' ? 'outlined' : 'contained'}
            startIcon={<PlayArrowOutlined fontSize="small" />}
            disabled={!running || (open && state.mode === 'attach')}
            onClick={() => onConnect('attach')}
          >
            Connect
          </Button>
          <Button startIcon={<LinkOffOutlined fontSize="small" />} disabled={!open || state.mode !== 'attach'} onClick={onDetach}>
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
