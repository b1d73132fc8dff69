import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { alpha } from '@mui/material/styles';
import type { EngineStatus } from '../../../../shared/contract/engine';
import { useEngineStatus } from '../../api/engine-status';

interface Presentation {
  label: string;
  color: 'success' | 'warning' | 'error';
  tooltip: string;
}

function present(status: EngineStatus | null): Presentation {
  if (!status || status.state === 'connecting') {
    return {
      label: 'Connecting…',
      color: 'warning',
      tooltip: status?.endpoint ? `Connecting to ${status.endpoint.url} (${status.endpoint.detail})` : 'Connecting to the engine',
    };
  }
  if (status.state === 'connected') {
    return {
      label: `Connected · ${status.serverVersion}`,
      color: 'success',
      tooltip: `${status.endpoint.url} (${status.endpoint.detail}), API ${status.apiVersion}`,
    };
  }
  return {
    label: 'Unavailable',
    color: 'error',
    tooltip: `${status.reason}${status.endpoint ? ` — ${status.endpoint.url}` : ''}`,
  };
}

/** The header's engine state: connecting, connected (with the engine's version) or unavailable. */
export function EngineStatusChip() {
  const { label, color, tooltip } = present(useEngineStatus());
  return (
    <Tooltip title={tooltip}>
      <Chip
        data-testid="engine-status"
        role="status"
        aria-live="polite"
        label={label}
        variant="outlined"
        icon={<Dot color={color} />}
        sx={(theme) => ({
          fontWeight: 500,
          borderColor: alpha(theme.palette[color].main, 0.5),
          backgroundColor: alpha(theme.palette[color].main, 0.08),
        })}
      />
    </Tooltip>
  );
}

function Dot({ color }: { color: Presentation['color'] }) {
  return (
    <Box
      component="span"
      aria-hidden
      sx={{ width: 8, height: 8, borderRadius: '50%', ml: '8px !important', flexShrink: 0, bgcolor: `${color}.main` }}
    />
  );
}
