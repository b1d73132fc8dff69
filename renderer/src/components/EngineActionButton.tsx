import Button, { type ButtonProps } from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { useEngineStatus } from '../api/engine-status';

/**
 * A button that asks the engine for something (Run, Pull, Build, Prune): disabled, with a tooltip that
 * says why, while the engine is unavailable, instead of opening a dialog that can only fail.
 */
export function EngineActionButton({ disabled, ...props }: ButtonProps) {
  const { t } = useTranslation('components');
  const unavailable = useEngineStatus()?.state === 'unavailable';
  const button = <Button {...props} disabled={disabled || unavailable} />;
  if (!unavailable) return button;
  // A disabled button fires no pointer events, so the tooltip hangs on a wrapper that does.
  return (
    // Why the action is greyed out: said so that the user knows it is not Berth refusing.
    <Tooltip title={t('engineAction.unavailable')}>
      <span>{button}</span>
    </Tooltip>
  );
}
