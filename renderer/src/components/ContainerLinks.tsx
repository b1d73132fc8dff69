import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { ContainerState } from '../../../shared/contract/containers';
import { routes } from '../../../shared/routes';
import { useContainerStateWords } from '../api/container-states';

interface ContainerRefLike {
  id: string;
  name: string;
  state: ContainerState;
}

/** A container's state in a few words ("created, not started"); `useContainerStateWords()` in components. */
export { containerStateWords } from '../api/container-state-words';
export { useContainerStateWords } from '../api/container-states';

/**
 * A container's name linking to its detail view, with a dot for its state (green while it runs). In a dense
 * cell a long name is cut with an ellipsis (whole on hover); `whole` wraps it instead, for a page with room.
 */
export function ContainerLink({ container, tabbable = true, whole = false }: { container: ContainerRefLike; tabbable?: boolean; whole?: boolean }) {
  const theme = useTheme();
  const { t } = useTranslation('components');
  const stateWords = useContainerStateWords();
  const up = container.state === 'running';
  const color = up ? theme.palette.success.main : container.state === 'paused' ? theme.palette.warning.main : theme.palette.text.disabled;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, minWidth: 0, maxWidth: '100%' }}>
      <Box component="span" aria-hidden sx={{ width: 7, height: 7, flexShrink: 0, borderRadius: '50%', bgcolor: color }} />
      <Link
        href={routes.container(container.id)}
        underline="hover"
        tabIndex={tabbable ? 0 : -1}
        title={t('containerLink.title', { name: container.name, state: stateWords(container.state) })}
        sx={whole ? { overflowWrap: 'anywhere' } : { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {container.name}
      </Link>
    </Box>
  );
}

/**
 * Containers in a dense cell: the first few as links, then "+N more". `none` is what an empty list says
 * (e.g. "unused").
 */
export function ContainerLinks({ containers, none, tabbable = true, max = 2 }: { containers: readonly ContainerRefLike[]; none: string; tabbable?: boolean; max?: number }) {
  const { t } = useTranslation('components');
  if (containers.length === 0) {
    return (
      <Box component="span" sx={{ color: 'text.disabled' }}>
        {none}
      </Box>
    );
  }
  const shown = containers.slice(0, max);
  const rest = containers.length - shown.length;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, minWidth: 0, maxWidth: '100%' }}>
      {shown.map((container) => (
        <ContainerLink key={container.id} container={container} tabbable={tabbable} />
      ))}
      {rest > 0 && (
        <Box component="span" sx={{ color: 'text.secondary', fontSize: 12, flexShrink: 0 }} title={containers.slice(max).map((c) => c.name).join(', ')}>
          {t('containerLink.more', { count: rest })}
        </Box>
      )}
    </Box>
  );
}
