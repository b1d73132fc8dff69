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

const tabs: readonly { id: VolumeTab; label: string }[] = [
  { id: 'files', label: 'Files' },
  { id: 'details', label: 'Details' },
];

/** #/volumes/<name>?tab=files|details: one volume, its files and what it is, with export, import, clone and remove. */
export function VolumeDetail({ name, tab }: { name: string; tab: VolumeTab }) {
  const engine = useEngineStatus();
  const list = useVolumes();
  const volume = list.data?.find((v) => v.name === name);

  if (engine?.state === 'unavailable') return <EngineUnavailable status={engine} />;
  if (!list.data && list.isError) return <Box sx={{ p: 3 }}><ErrorAlert error={list.error} what="Could not list volumes." /></Box>;
  if (!list.data) return <Loading label="Loading the volume" />;
  if (!volume) {
    return (
      <DetailGone section={{ label: 'Volumes', href: routes.volumes() }}>There is no volume “{name}” any more: it may have been removed.</DetailGone>
    );
  }
  return <Detail volume={volume} volumes={list.data} tab={tab} />;
}

type DetailDialog = 'export' | 'import' | 'clone' | 'remove' | null;

function Detail({ volume, volumes, tab }: { volume: VolumeSummary; volumes: readonly VolumeSummary[]; tab: VolumeTab }) {
  const live = useLiveStates();
  const users = useMemo(() => currentUsers(volume, live), [volume, live]);
  const [dialog, setDialog] = useState<DetailDialog>(null);
  const title = shortVolumeName(volume);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <DetailHeader
        section={{ label: 'Volumes', href: routes.volumes() }}
        title={volume.name}
        titleTooltip={volume.name}
        titleSx={{ fontFamily: volume.anonymous ? monoFont : undefined }}
        chips={volume.anonymous && <AnonymousChip />}
        trail={
          <>
            {` · ${volume.driver}`}
            {volume.sizeBytes !== null && ` · ${formatBytes(volume.sizeBytes)}`}
            {` · ${users.length === 0 ? 'unused' : `used by ${users.length} ${users.length === 1 ? 'container' : 'containers'}`}`}
          </>
        }
      >
        <Box role="toolbar" aria-label={`Actions on ${title}`} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Button startIcon={<FileDownloadOutlined fontSize="small" />} onClick={() => setDialog('export')}>
            Export…
          </Button>
          <Button startIcon={<FileUploadOutlined fontSize="small" />} onClick={() => setDialog('import')}>
            Import into…
          </Button>
          <Button startIcon={<ContentCopyOutlined fontSize="small" />} onClick={() => setDialog('clone')}>
            Clone…
          </Button>
          <Button color="error" startIcon={<DeleteOutlined fontSize="small" />} onClick={() => setDialog('remove')}>
            Remove…
          </Button>
        </Box>
      </DetailHeader>
      <DetailTabs tabs={tabs} value={tab} onChange={(value: VolumeTab) => navigate(routes.volume(volume.name, { tab: value }))} label={`Views of ${title}`} idPrefix="volume-">
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
  const inspect = useOp('volumes.inspect', { name: volume.name });
  const labels = Object.entries(volume.labels);
  const options = Object.entries(volume.options);
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2, display: 'flex', flexDirection: 'column', gap: 3 }}>
      <Facts label="About the volume">
        <Fact label="Name" mono>{volume.name}</Fact>
        <Fact label="Driver">{volume.driver}</Fact>
        <Fact label="Scope">{volume.scope}</Fact>
        <Fact label="Mountpoint" mono>{volume.mountpoint || '—'}</Fact>
        <Fact label="Size">{volume.sizeBytes === null ? 'not measured by the driver' : `${formatBytes(volume.sizeBytes)} (${volume.sizeBytes.toLocaleString('en')} bytes)`}</Fact>
        <Fact label="Created">{volume.created === null ? '—' : formatDateTime(volume.created)}</Fact>
        <Fact label="Kind">{volume.anonymous ? 'anonymous (made by the engine for a container)' : 'named'}</Fact>
      </Facts>

      <Box component="section" aria-labelledby="volume-users-title">
        <Typography id="volume-users-title" variant="subtitle2" component="h2" sx={{ mb: 1 }}>
          Used by
        </Typography>
        {users.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No container mounts this volume.
          </Typography>
        ) : (
          <Box component="table" aria-label="Containers using the volume" sx={tableSx}>
            <thead>
              <tr>
                <th>Container</th>
                <th>State</th>
                <th>Mounted at</th>
                <th>Access</th>
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
                  <td>{user.readOnly ? 'read-only' : 'read-write'}</td>
                </tr>
              ))}
            </tbody>
          </Box>
        )}
      </Box>

      <Box component="section" aria-labelledby="volume-labels-title">
        <Typography id="volume-labels-title" variant="subtitle2" component="h2" sx={{ mb: 1 }}>
          Labels and driver options
        </Typography>
        {labels.length === 0 && options.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            None.
          </Typography>
        ) : (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
            {labels.map(([key, value]) => (
              <Chip key={`l-${key}`} label={`${key}=${value}`} variant="outlined" sx={{ fontFamily: monoFont, fontSize: 12 }} />
            ))}
            {options.map(([key, value]) => (
              <Chip key={`o-${key}`} label={`option ${key}=${value}`} color="primary" variant="outlined" sx={{ fontFamily: monoFont, fontSize: 12 }} />
            ))}
          </Box>
        )}
      </Box>

      <Box component="section" aria-labelledby="volume-inspect-title">
        <Typography id="volume-inspect-title" variant="subtitle2" component="h2" sx={{ mb: 1 }}>
          Inspect
        </Typography>
        {inspect.isError && <ErrorAlert error={inspect.error} what="Could not inspect the volume." />}
        <CodeBlock aria-label={`Inspect JSON of ${volume.name}`} sx={{ p: 1.5, whiteSpace: 'pre', wordBreak: 'normal' }}>
          {inspect.data ? JSON.stringify(inspect.data, null, 2) : '…'}
        </CodeBlock>
      </Box>
    </Box>
  );
}
