import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { alpha } from '@mui/material/styles';
import type { TFunction } from 'i18next';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineStatus } from '../../../../shared/contract/engine';
import { useEngineStatus } from '../../api/engine-status';
import { endpointDetail } from '../../api/endpoint-words';

interface Presentation {
  label: string;
  color: 'success' | 'warning' | 'error';
  tooltip: string;
}

function present(status: EngineStatus | null, t: TFunction): Presentation {
  if (!status || status.state === 'connecting') {
    return {
      label: t('statusChip.connecting'),
      color: 'warning',
      tooltip: status?.endpoint ? t('statusChip.connectingTo', { url: status.endpoint.url, detail: endpointDetail(status.endpoint, t) }) : t('statusChip.connectingToEngine'),
    };
  }
  if (status.state === 'connected') {
    return {
      label: t('statusChip.connected', { version: status.serverVersion }),
      color: 'success',
      tooltip: t('statusChip.connectedTooltip', { url: status.endpoint.url, detail: endpointDetail(status.endpoint, t), apiVersion: status.apiVersion }),
    };
  }
  return {
    label: t('statusChip.unavailable'),
    color: 'error',
    tooltip: status.endpoint ? t('statusChip.unavailableTooltip', { reason: status.reason, url: status.endpoint.url }) : status.reason,
  };
}

/**
 * The header's engine state: connecting, connected (with the engine's version) or unavailable. The header is
 * painted without waiting for the engine namespace; the chip joins it once its words are there.
 */
export function EngineStatusChip() {
  return (
    <Suspense fallback={null}>
      <StatusChip />
    </Suspense>
  );
}

function StatusChip() {
  const { t } = useTranslation('engine');
  const status = useEngineStatus();
  const { label, color, tooltip } = present(status, t);
  return (
    <Tooltip title={tooltip}>
      <Chip
        data-testid="engine-status"
        // The state in a word no translation changes, for scripts and tests that drive the UI in any language.
        data-state={status?.state ?? 'connecting'}
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
