import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { keyframes } from '@mui/material/styles';

const appear = keyframes`
  from { opacity: 0; }
  to { opacity: 1; }
`;

/**
 * What shows while a page or a part of one is being loaded: nothing at first, a spinner only once it takes
 * long enough to notice (a CSS delay, no timer), so that a quick load does not flash.
 */
export function DelayedSpinner({ label, delayMs = 400 }: { label: string; delayMs?: number }) {
  return (
    <Box
      role="status"
      aria-label={label}
      sx={{ flex: 1, height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 4, opacity: 0, animation: `${appear} 200ms ease-out ${delayMs}ms forwards` }}
    >
      <CircularProgress size={28} />
    </Box>
  );
}
