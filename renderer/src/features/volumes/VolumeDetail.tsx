import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolumeSummary, VolumeUser } from '../../../../shared/contract/volumes';
import { useBerthClient } from '../../api/BerthProvider';
import { invalidateOp, opQuery, useOp } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { FileBrowser, type FileSource } from '../../components/files/FileBrowser';
import { ContainerLink, containerStateWords } from '../../components/ContainerLinks';
import { ErrorAlert, Fact, Facts, Loading } from '../../components/PageParts';
import { formatBytes } from '../../lib/bytes';
import { EngineUnavailable } from '../engine';
import { useEngineStatus } from '../../api/engine-status';
import { readDownload } from '../../lib/file-transfer';
import { formatDateTime } from '../../lib/time';
import { formatNumber } from '../../lib/locale';
import { CloneDialog } from './CloneDialog';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { RemoveVolumeDialog } from './RemoveVolumeDialog';
import { useLiveStates } from '../../api/container-states';
import { useVolumes } from './useVolumes';
import { tableSx } from '../../components/table';
import { AnonymousChip } from './AnonymousChip';
import { currentUsers, shortVolumeName } from './volume-view';
import { routes, type VolumeTab } from '../../../../shared/routes';
import { navigate } from '../../lib/routing';
import { DetailGone, DetailHeader, DetailTabs } from '../../components/DetailHeader';
import { CodeBlock } from '../../components/CodeBlock';

const tabIds: readonly VolumeTab[] = ['files', 'details'];

/** #/volumes/<name>?tab=files|details: one volume, its files and what it is, with export, import, clone and remove. */
export function VolumeDetail({ name, tab }: { name: string; tab: VolumeTab }) {
  const { t } = useTranslation('volumes');
  const engine = useEngineStatus();
  const list = useVolumes();
  const volume = list.data?.find((v) => v.name === name);

  if (engine?.state === 'unavailable') return <EngineUnavailable status={engine} />;
  if (!list.data && list.isError) return <Box sx={{ p: 3 }}><ErrorAlert error={list.error} what={t('listFailed')} /></Box>;
  if (!list.data) return <Loading label={t('detail.loading')} />;
  if (!volume) {
    return (
      <DetailGone section={{ label: t('title'), href: routes.volumes() }}>{t('detail.gone', { name })}</DetailGone>
    );
  }
  return <Detail volume={volume} volumes={list.data} tab={tab} />;
}

type DetailDialog = 'export' | 'import' | 'clone' | 'remove' | null;

function Detail({ volume, volumes, tab }: { volume: VolumeSummary; volumes: readonly VolumeSummary[]; tab: VolumeTab }) {
  const { t } = useTranslation('volumes');
  const live = useLiveStates();
  const users = useMemo(() => currentUsers(volume, live), [volume, live]);
  const [dialog, setDialog] = useState<DetailDialog>(null);
  const title = shortVolumeName(volume);
  const tabs = tabIds.map((id) => ({ id, label: t(`detail.tabs.${id}`) }));

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <DetailHeader
        section={{ label: t('title'), href: routes.volumes() }}
        title={volume.name}
        titleTooltip={volume.name}
        titleSx={{ fontFamily: volume.anonymous ? monoFont : undefined }}
        chips={volume.anonymous && <AnonymousChip />}
        trail={
          <>
            {` · ${volume.driver}`}
            {volume.sizeBytes !== null && ` · ${formatBytes(volume.sizeBytes)}`}
            {` · ${users.length === 0 ? t('unused') : t('detail.usedBy', { count: users.length })}`}
          </>
        }
      >
        <Box role="toolbar" aria-label={t('detail.actionsLabel', { name: title })} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Button startIcon={<FileDownloadOutlined fontSize="small" />} onClick={() => setDialog('export')}>
            {t('detail.export')}
          </Button>
          <Button startIcon={<FileUploadOutlined fontSize="small" />} onClick={() => setDialog('import')}>
            {t('detail.importInto')}
          </Button>
          <Button startIcon={<ContentCopyOutlined fontSize="small" />} onClick={() => setDialog('clone')}>
            {t('detail.clone')}
          </Button>
          <Button color="error" startIcon={<DeleteOutlined fontSize="small" />} onClick={() => setDialog('remove')}>
            {t('detail.remove')}
          </Button>
        </Box>
      </DetailHeader>
      <DetailTabs tabs={tabs} value={tab} onChange={(value: VolumeTab) => navigate(routes.volume(volume.name, { tab: value }))} label={t('detail.viewsLabel', { name: title })} idPrefix="volume-">
        <Box role="tabpanel" id={`volume-panel-${tab}`} aria-labelledby={`volume-tab-${tab}`} sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          {tab === 'files' ? <VolumeFiles name={volume.name} /> : <VolumeDetails volume={volume} users={users} />}
        </Box>
      </DetailTabs>
      <ExportDialog volume={dialog === 'export' ? volume.name : null} onClose={() => setDialog(null)} />
      <ImportDialog target={dialog === 'import' ? { volume: volume.name } : null} volumes={volumes} onClose={() => setDialog(null)} />
      <CloneDialog source={dialog === 'clone' ? volume : null} volumes={volumes} onClose={() => setDialog(null)} onDone={(clone) => navigate(routes.volume(clone))} />
      <RemoveVolumeDialog volume={dialog === 'remove' ? volume : null} users={users} onClose={() => setDialog(null)} onRemoved={() => navigate(routes.volumes())} />
    </Box>
  );
}

/** The volume's files through main's short-lived helper: nothing of the user's runs. */
function VolumeFiles({ name }: { name: string }) {
  const client = useBerthClient();
  const queryClient = useQueryClient();
  const source = useMemo<FileSource>(
    () => ({
      listQuery: (path) => opQuery(client, 'volumes.files.list', { name, path }),
      read: (path) => readDownload((handlers) => client.stream('volumes.files.download', { name, path }, handlers), path === '/' ? `${name}.tar` : path),
      upload: async (folder, files) => {
        await client.call('volumes.files.upload', { name, folder, files });
        // The volume grew.
        void invalidateOp(queryClient, 'volumes.list');
      },
    }),
    [client, name, queryClient],
  );
  return <FileBrowser key={name} source={source} />;
}

function VolumeDetails({ volume, users }: { volume: VolumeSummary; users: readonly VolumeUser[] }) {
  const { t } = useTranslation('volumes');
  const inspect = useOp('volumes.inspect', { name: volume.name });
  const labels = Object.entries(volume.labels);
  const options = Object.entries(volume.options);
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2, display: 'flex', flexDirection: 'column', gap: 3 }}>
      <Facts label={t('details.about')}>
        <Fact label={t('details.name')} mono>{volume.name}</Fact>
        <Fact label={t('details.driver')}>{volume.driver}</Fact>
        <Fact label={t('details.scope')}>{volume.scope}</Fact>
        <Fact label={t('details.mountpoint')} mono>{volume.mountpoint || '—'}</Fact>
        <Fact label={t('details.size')}>
          {volume.sizeBytes === null ? t('details.notMeasured') : t('details.sizeExact', { size: formatBytes(volume.sizeBytes), bytes: formatNumber(volume.sizeBytes) })}
        </Fact>
        <Fact label={t('details.created')}>{volume.created === null ? '—' : formatDateTime(volume.created)}</Fact>
        <Fact label={t('details.kind')}>{volume.anonymous ? t('details.anonymous') : t('details.named')}</Fact>
      </Facts>

      <Box component="section" aria-labelledby="volume-users-title">
        <Typography id="volume-users-title" variant="subtitle2" component="h2" sx={{ mb: 1 }}>
          {t('details.usedBy')}
        </Typography>
        {users.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('details.noUsers')}
          </Typography>
        ) : (
          <Box component="table" aria-label={t('remove.usersLabel')} sx={tableSx}>
            <thead>
              <tr>
                <th>{t('details.columns.container')}</th>
                <th>{t('details.columns.state')}</th>
                <th>{t('details.columns.mountedAt')}</th>
                <th>{t('details.columns.access')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td>
                    <ContainerLink container={user} />
                  </td>
                  <td>{containerStateWords(user.state)}</td>
                  <Box component="td" sx={{ fontFamily: monoFont, fontSize: 12.5 }}>
                    {user.destination}
                  </Box>
                  <td>{user.readOnly ? t('access.readOnly') : t('access.readWrite')}</td>
                </tr>
              ))}
            </tbody>
          </Box>
        )}
      </Box>

      <Box component="section" aria-labelledby="volume-labels-title">
        <Typography id="volume-labels-title" variant="subtitle2" component="h2" sx={{ mb: 1 }}>
          {t('details.labels')}
        </Typography>
        {labels.length === 0 && options.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('details.none')}
          </Typography>
        ) : (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
            {labels.map(([key, value]) => (
              <Chip key={`l-${key}`} label={`${key}=${value}`} variant="outlined" sx={{ fontFamily: monoFont, fontSize: 12 }} />
            ))}
            {options.map(([key, value]) => (
              <Chip key={`o-${key}`} label={t('details.option', { name: key, value })} color="primary" variant="outlined" sx={{ fontFamily: monoFont, fontSize: 12 }} />
            ))}
          </Box>
        )}
      </Box>

      <Box component="section" aria-labelledby="volume-inspect-title">
        <Typography id="volume-inspect-title" variant="subtitle2" component="h2" sx={{ mb: 1 }}>
          {t('details.inspect')}
        </Typography>
        {inspect.isError && <ErrorAlert error={inspect.error} what={t('details.inspectFailed')} />}
        <CodeBlock aria-label={t('details.inspectLabel', { name: volume.name })} sx={{ p: 1.5, whiteSpace: 'pre', wordBreak: 'normal' }}>
          {inspect.data ? JSON.stringify(inspect.data, null, 2) : '…'}
        </CodeBlock>
      </Box>
    </Box>
  );
}
