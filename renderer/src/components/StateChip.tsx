import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { alpha, useTheme, type Theme } from '@mui/material/styles';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ContainerState, ContainerSummary } from '../../../shared/contract/containers';

function colorOf(theme: Theme, state: ContainerState): string {
  switch (state) {
    case 'running':
      return theme.palette.success.main;
    case 'paused':
      return theme.palette.warning.main;
    case 'restarting':
    case 'removing':
      return theme.palette.primary.main;
    case 'dead':
      return theme.palette.error.main;
    default:
      return theme.palette.text.secondary;
  }
}

function stateLabel(container: Pick<ContainerSummary, 'state' | 'exitCode'>, t: TFunction): string {
  return container.state === 'exited' && container.exitCode !== null ? t('state.exitedWithCode', { code: String(container.exitCode) }) : t(`state.${container.state}`);
}

/**
 * A compact coloured state badge; exited shows its exit code; a spinner while an action is in flight, and
 * `activity` ("Stopping…") in place of the state the engine still reports.
 */
export function StateChip({ container, busy, activity }: { container: ContainerSummary; busy: boolean; activity?: string | undefined }) {
  const theme = useTheme();
  const { t } = useTranslation('components');
  const color = colorOf(theme, container.state);
  return (
    <Box
      component="span"
      title={activity ?? stateLabel(container, t as TFunction)}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.75,
        height: 20,
        px: 1,
        borderRadius: 10,
        fontSize: 12,
        fontWeight: 500,
        lineHeight: 1,
        whiteSpace: 'nowrap',
        // In a narrow column and a longer language the words end in an ellipsis inside the chip (whole on hover).
        maxWidth: '100%',
        minWidth: 0,
        color,
        bgcolor: alpha(color, theme.palette.mode === 'dark' ? 0.16 : 0.1),
        border: `1px solid ${alpha(color, 0.3)}`,
      }}
    >
      {busy ? (
        <CircularProgress size={8} thickness={7} sx={{ color }} aria-label={t('state.working')} />
      ) : (
        <Box component="span" aria-hidden sx={{ width: 6, height: 6, borderRadius: '50%', bgcolor: color }} />
      )}
      <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 }}>
        {activity ?? stateLabel(container, t as TFunction)}
      </Box>
    </Box>
  );
}
