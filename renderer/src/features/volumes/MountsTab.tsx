import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useOp } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { ErrorAlert, Loading } from '../../components/PageParts';
import { tableSx } from '../../components/table';
import { AnonymousChip } from './AnonymousChip';
import { mountRows } from './mounts';
import { shortVolumeName } from './volume-view';
import { routes } from '../../../../shared/routes';

const typeWords: Record<string, string> = { volume: 'Volume', bind: 'Bind mount', tmpfs: 'tmpfs', npipe: 'Named pipe', cluster: 'Cluster volume', image: 'Image' };

/** A container's volumes and bind mounts: type, source (volumes link to their page), destination, access. */
export function MountsTab({ id, name }: { id: string; name: string }) {
  const inspect = useOp('containers.inspect', { id });
  if (inspect.isError) return <Box sx={{ p: 2 }}><ErrorAlert error={inspect.error} what="Could not read the container’s mounts." /></Box>;
  if (!inspect.data) return <Loading label="Loading the mounts" />;
  const rows = mountRows(inspect.data);
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2 }}>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {name} has no volumes or bind mounts: what it writes stays in its own writable layer and goes with it.
        </Typography>
      ) : (
        <Box component="table" aria-label={`Mounts of ${name}`} sx={tableSx}>
          <thead>
            <tr>
              <th>Type</th>
              <th>Source</th>
              <th>Destination</th>
              <th>Access</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.destination}-${row.source}`}>
                <td>{typeWords[row.type] ?? row.type}</td>
                <Box component="td" sx={{ fontFamily: monoFont, fontSize: 12.5, wordBreak: 'break-all' }}>
                  {row.volume ? (
                    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
                      <Link href={routes.volume(row.volume)} underline="hover" title={row.volume}>
                        {shortVolumeName({ name: row.volume, anonymous: row.anonymous })}
                      </Link>
                      {row.anonymous && <AnonymousChip />}
                    </Box>
                  ) : (
                    row.source || '—'
                  )}
                </Box>
                <Box component="td" sx={{ fontFamily: monoFont, fontSize: 12.5 }}>
                  {row.destination}
                </Box>
                <td>{row.readOnly ? 'read-only' : 'read-write'}</td>
              </tr>
            ))}
          </tbody>
        </Box>
      )}
    </Box>
  );
}
