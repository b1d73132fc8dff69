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
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
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
  // The run namespace words a command that cannot be split (shared with the run dialog).
  const { t } = useTranslation(['terminal', 'run']);
  const open = state.phase === 'open';
  const issue = execChoiceIssue(exec, t);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <ToggleButtonGroup
        exclusive
        value={mode}
        onChange={(_e, value: TerminalMode | null) => {
          if (value) onMode(value);
        }}
        aria-label={t('toolbar.mode')}
      >
        <ToggleButton value="exec">{t('toolbar.exec')}</ToggleButton>
        <ToggleButton value="attach" disabled={!attachable} title={attachable ? undefined : t('toolbar.attachOnlyIt')}>
          {t('toolbar.attach')}
        </ToggleButton>
      </ToggleButtonGroup>
      {mode === 'exec' ? (
        <>
          <TextField select value={exec.shell} onChange={(e) => onExec({ ...exec, shell: e.target.value as ExecChoice['shell'] })} sx={{ width: 170, ...compact }} slotProps={{ select: { inputProps: { 'aria-label': t('toolbar.shell') } } }}>
            {/* eslint-disable-next-line berth/no-literal-ui-text -- a program's name, never translated */}
            <MenuItem value="sh">sh</MenuItem>
            {/* eslint-disable-next-line berth/no-literal-ui-text -- a program's name, never translated */}
            <MenuItem value="bash">bash</MenuItem>
            <MenuItem value="custom">{t('toolbar.custom')}</MenuItem>
          </TextField>
          {exec.shell === 'custom' && (
            <TextField
              value={exec.custom}
              placeholder={t('toolbar.commandPlaceholder')}
              onChange={(e) => onExec({ ...exec, custom: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !issue) onConnect('exec');
              }}
              error={Boolean(exec.custom && issue)}
              sx={{ width: 220, ...compact }}
              slotProps={{ htmlInput: { 'aria-label': t('toolbar.command'), spellCheck: false, style: { fontFamily: monoFont } } }}
            />
          )}
          <TextField value={exec.user} placeholder={t('toolbar.userPlaceholder')} onChange={(e) => onExec({ ...exec, user: e.target.value })} sx={{ width: 140, ...compact }} slotProps={{ htmlInput: { 'aria-label': t('toolbar.user'), spellCheck: false } }} />
          <Button variant={open ? 'outlined' : 'contained'} startIcon={open ? <RefreshOutlined fontSize="small" /> : <PlayArrowOutlined fontSize="small" />} disabled={!running || Boolean(issue)} onClick={() => onConnect('exec')}>
            {open ? t('toolbar.newSession') : t('toolbar.connect')}
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
            {t('toolbar.connect')}
          </Button>
          <Button startIcon={<LinkOffOutlined fontSize="small" />} disabled={!open || state.mode !== 'attach'} onClick={onDetach}>
            {t('toolbar.detach')}
          </Button>
          <Typography variant="caption" color="text.secondary">
            {t('toolbar.detachKeys')}
          </Typography>
        </>
      )}
      <Box sx={{ flex: 1 }} />
      <Typography variant="caption" color="text.secondary" role="status" data-testid="terminal-status">
        {statusText(state, t)}
      </Typography>
    </Box>
  );
}

function statusText(state: SessionState, t: TFunction): string {
  switch (state.phase) {
    case 'idle':
      return t('status.idle');
    case 'open':
      return state.mode === 'attach' ? t('status.attached') : t('status.connected');
    case 'exited':
      return state.code === null ? t('status.ended') : t('status.exited', { code: state.code });
    case 'detached':
      return t('status.detached');
    case 'failed':
      return t('status.failed');
  }
}
