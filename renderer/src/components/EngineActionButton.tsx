import Button, { type ButtonProps } from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useEngineStatus } from '../api/engine-status';

/** Why an engine action is greyed out; said in the tooltip so the user knows it is not Berth refusing. */
const ENGINE_UNAVAILABLE_HINT = 'The engine is unavailable: see the Engine page to reconnect or start one';

/**
 * A button that asks the engine for something (Run, Pull, Build, Prune): disabled, with a tooltip that
 * says why, while the engine is unavailable, instead of opening a dialog that can only fail.
 */
export function EngineActionButton({ disabled, ...props }: ButtonProps) {
  const unavailable = useEngineStatus()?.state === 'unavailable';
  const button = <Button {...props} disabled={disabled || unavailable} />;
  if (!unavailable) return button;
  // A disabled button fires no pointer events, so the tooltip hangs on a wrapper that does.
  return (
    <Tooltip title={ENGINE_UNAVAILABLE_HINT}>
      <span>{button}</span>
    </Tooltip>
  );
}
