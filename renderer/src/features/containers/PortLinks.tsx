import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { PortBinding } from '../../../../shared/contract/containers';
import { useEngineStatus } from '../../api/engine-status';
import { stopRowKeys } from '../../components/grid/grid-parts';
import { monoFont } from '../../components/theme';
import { engineHost, portLinks, type PortLink } from './port-links';

function PortAnchor({ link }: { link: PortLink }) {
  return (
    <Link href={link.href} target="_blank" rel="noopener noreferrer" tabIndex={-1} underline="hover" onKeyDown={stopRowKeys} onDoubleClick={(event) => event.stopPropagation()} sx={{ fontFamily: monoFont, fontSize: 12 }}>
      {link.text}
    </Link>
  );
}

/** The Ports cell: the first published port as a link, and "+N" whose tooltip lists the others as links. */
export function PortLinks({ ports }: { ports: readonly PortBinding[] }) {
  const { t } = useTranslation('containers');
  const host = engineHost(useEngineStatus()?.endpoint?.url);
  const [first, ...rest] = portLinks(ports, host);
  if (!first) return <Box component="span" sx={{ color: 'text.disabled' }}>—</Box>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, maxWidth: '100%' }}>
      <PortAnchor link={first} />
      {rest.length > 0 && (
        <Tooltip
          title={
            <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, '& a': { color: 'inherit' } }}>
              {rest.map((link) => (
                <PortAnchor key={link.text} link={link} />
              ))}
            </Box>
          }
        >
          <Box component="span" aria-label={t('grid.morePorts', { count: rest.length, ports: rest.map((link) => link.text).join(', ') })} sx={{ color: 'text.secondary', fontSize: 12, cursor: 'default', flexShrink: 0 }}>
            +{rest.length}
          </Box>
        </Tooltip>
      )}
    </Box>
  );
}
