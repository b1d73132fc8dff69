import { useMemo } from 'react';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { useBerthClient } from '../../../api/BerthProvider';
import { opQuery } from '../../../api/hooks';
import { FileBrowser, type FileSource } from '../../../components/files/FileBrowser';
import { readDownload } from '../../../lib/file-transfer';

/** A container's filesystem, running or stopped: browse folders, download files or folders (.tar), upload files. */
export function FilesTab({ container }: { container: ContainerSummary }) {
  const client = useBerthClient();
  const id = container.id;
  const source = useMemo<FileSource>(
    () => ({
      listQuery: (path) => opQuery(client, 'containers.files.list', { id, path }),
      read: (path) => readDownload((handlers) => client.stream('containers.files.download', { id, path }, handlers), path),
      upload: async (folder, files) => {
        await client.call('containers.files.upload', { id, folder, files });
      },
    }),
    [client, id],
  );
  return <FileBrowser source={source} />;
}
