import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { ErrorAlert, Loading } from '../../components/PageParts';
import { tableSx } from '../../components/table';
import { AnonymousChip } from './AnonymousChip';
import { mountRows } from './mounts';
import { shortVolumeName } from './volume-view';
import { routes } from '../../../../shared/routes';

/** The mount types with a name of their own in the words; any other (tmpfs, one the engine adds) shows as the engine says it. */
const namedTypes = new Set(['volume', 'bind', 'npipe', 'cluster', 'image', 'unknown']);

/** A container's volumes and bind mounts: type, source (volumes link to their page), destination, access. */
export function MountsTab({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('volumes');
  const inspect = useOp('containers.inspect', { id });
  if (inspect.isError) return <Box sx={{ p: 2 }}><ErrorAlert error={inspect.error} what={t('mounts.readFailed')} /></Box>;
  if (!inspect.data) return <Loading label={t('mounts.loading')} />;
  const rows = mountRows(inspect.data);
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2 }}>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('mounts.none', { name })}
        </Typography>
      ) : (
        <Box component="table" aria-label={t('mounts.tableLabel', { name })} sx={tableSx}>
          <thead>
            <tr>
              <th>{t('mounts.columns.type')}</th>
              <th>{t('mounts.columns.source')}</th>
              <th>{t('mounts.columns.destination')}</th>
              <th>{t('mounts.columns.access')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.destination}-${row.source}`}>
                <td>{namedTypes.has(row.type) ? t(`mounts.type.${row.type}`) : row.type}</td>
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
                <td>{row.readOnly ? t('access.readOnly') : t('access.readWrite')}</td>
              </tr>
            ))}
          </tbody>
        </Box>
      )}
    </Box>
  );
}
