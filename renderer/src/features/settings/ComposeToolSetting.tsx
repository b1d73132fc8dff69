import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { invalidateOp, useOp } from '../../api/hooks';
import { ErrorAlert } from '../../components/PageParts';
import { monoFont } from '../../components/theme';
import { InstallHint, toolLabel } from '../compose';
import type { ComposeTool } from '../../../../shared/contract/compose';
import { useUpdateSettings } from './useSettings';

const NO_INPUT = {};

/**
 * The compose tool Berth drives: what it found (and where), and the path to use instead of a search of PATH,
 * saved when the field is left or Enter is pressed; what is found is asked again after each save.
 */
export function ComposeToolSetting({ command }: { command: string | null }) {
  const { t } = useTranslation('settings');
  const update = useUpdateSettings();
  const queryClient = useQueryClient();
  const tool = useOp('compose.tool', NO_INPUT);
  const [value, setValue] = useState(command ?? '');

  const save = async () => {
    const next = value.trim() || null;
    if (next === command) return;
    if (await update({ compose: { command: next } })) await invalidateOp(queryClient, 'compose.tool');
  };

  const found = tool.data;
  const label = found ? toolLabel(found) : null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box role="status" aria-live="polite" aria-label={t('compose.detected')} data-testid="settings-compose-tool" data-flavour={found?.flavour ?? ''}>
        {tool.isFetching ? (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <CircularProgress size={14} />
            <Typography variant="body2">{t('compose.looking')}</Typography>
          </Box>
        ) : tool.isError ? (
          <ErrorAlert error={tool.error} what={t('compose.lookFailed')} />
        ) : found && label ? (
          <Typography variant="body2">
            {/* The tool's name and version are a program's, the same in every language: set as code. */}
            <Trans
              t={t}
              i18nKey={foundKey(found)}
              values={{ tool: label }}
              components={{ code: <Box component="code" sx={{ fontFamily: monoFont, fontSize: 12.5 }} /> }}
            />
            {/* Where it is, when that is a path rather than a name looked up on PATH. */}
            {/[\\/]/.test(found.command[0] ?? '') && (
              <Box component="code" sx={{ fontFamily: monoFont, fontSize: 12.5, ml: 1 }}>
                {found.command.join(' ')}
              </Box>
            )}
          </Typography>
        ) : found ? (
          <Alert severity="warning">
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              {found.source === 'setting' ? t('compose.configuredMissing', { path: found.command[0] ?? '' }) : t('compose.missing')}
            </Typography>
            <InstallHint withSettingsLink={false} />
          </Alert>
        ) : null}
      </Box>
      <TextField
        label={t('compose.path')}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void save();
          }
        }}
        placeholder={t('compose.pathPlaceholder')}
        helperText={t('compose.pathHelp')}
        fullWidth
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont }, 'data-testid': 'settings-compose-path' }, inputLabel: { shrink: true } }}
      />
    </Box>
  );
}

/** The sentence saying where the tool was found (its message key). */
function foundKey(tool: ComposeTool): string {
  return tool.source === 'setting' ? 'compose.foundSetting' : 'compose.foundPath';
}
