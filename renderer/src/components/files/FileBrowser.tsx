import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import NavigateNext from '@mui/icons-material/NavigateNext';
import FolderOutlined from '@mui/icons-material/FolderOutlined';
import InsertDriveFileOutlined from '@mui/icons-material/InsertDriveFileOutlined';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import UploadOutlined from '@mui/icons-material/UploadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import { alpha } from '@mui/material/styles';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileEntry } from '../../../../shared/contract/containers';
import { useExplainError } from '../../api/errors';
import { notify, notifyError } from '../notifications';
import { monoFont } from '../theme';
import { formatBytes } from '../../lib/bytes';
import { formatDateTime } from '../../lib/time';
import { breadcrumbs, formatMode, joinPath, parentPath } from './file-mode';
import { fileToBase64, MAX_UPLOAD_BYTES, saveBlob, type DownloadedFile } from '../../lib/file-transfer';
import { FileViewer } from './FileViewer';

const columns = '28px minmax(180px, 2fr) 96px 110px 170px minmax(120px, 1.2fr) 40px';

interface FileListing {
  path: string;
  entries: FileEntry[];
}

/** Where files are browsed: a container's filesystem, a volume. */
export interface FileSource {
  /** The listing of one folder as a query: its key (under which it is cached) and how to get it (cancelled by `signal`). */
  listQuery(path: string): { queryKey: readonly unknown[]; queryFn(context: { signal: AbortSignal }): Promise<FileListing> };
  /** Reads a file, or a folder as .tar: to save it, or to show it. */
  read(path: string): Promise<DownloadedFile>;
  /** Writes files (base64) into a folder. */
  upload(folder: string, files: { name: string; contentBase64: string }[]): Promise<void>;
}

/**
 * Browse folders with sizes, modes and times; download files or folders (.tar); upload files (the button,
 * or dropped onto the list). Used by a container's Files tab and by a volume's.
 */
export function FileBrowser({ source }: { source: FileSource }) {
  const { t } = useTranslation('components');
  const explain = useExplainError();
  const queryClient = useQueryClient();
  const [path, setPath] = useState('/');
  const query = source.listQuery(path);
  const listing = useQuery({ queryKey: query.queryKey, queryFn: query.queryFn });
  const [dragging, setDragging] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [downloading, setDownloading] = useState<string | null>(null);
  const [viewing, setViewing] = useState<FileEntry & { path: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const entries = useMemo(
    () => [...(listing.data?.entries ?? [])].sort((a, b) => Number(b.type === 'directory') - Number(a.type === 'directory') || a.name.localeCompare(b.name)),
    [listing.data],
  );

  const open = (entry: FileEntry) => {
    if (entry.type === 'directory') setPath(joinPath(path, entry.name));
    else if (entry.type === 'symlink' && entry.linkTarget) {
      // A link to a folder opens it; a link to a file is downloaded like the file.
      const target = entry.linkTarget.startsWith('/') ? entry.linkTarget : joinPath(path, entry.linkTarget);
      setPath(target);
    }
  };

  const download = async (target: string) => {
    setDownloading(target);
    try {
      const { fileName, blob } = await source.read(target);
      saveBlob(blob, fileName);
      notify({ severity: 'success', title: t('files.downloaded', { name: fileName }) });
    } catch (error) {
      notifyError(t('files.downloadFailed', { path: target }), error);
    } finally {
      setDownloading(null);
    }
  };

  const upload = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const tooBig = files.filter((f) => f.size > MAX_UPLOAD_BYTES);
    if (tooBig.length > 0) {
      notify({ severity: 'error', title: t('files.tooLarge'), message: t('files.tooLargeDetail', { names: tooBig.map((f) => f.name).join(', '), size: formatBytes(MAX_UPLOAD_BYTES) }) });
      return;
    }
    setUploading(true);
    try {
      const payload = await Promise.all(files.map(async (file) => ({ name: file.name, contentBase64: await fileToBase64(file) })));
      await source.upload(path, payload);
      notify({ severity: 'success', title: files.length === 1 ? t('files.uploadedOne', { name: files[0]!.name, path }) : t('files.uploaded', { count: files.length, path }) });
      await queryClient.invalidateQueries({ queryKey: query.queryKey });
    } catch (error) {
      notifyError(t('files.uploadFailed', { path }), error);
    } finally {
      setUploading(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void upload([...event.dataTransfer.files]);
  };

  return (
    <Box
      sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, position: 'relative' }}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Tooltip title={t('files.up')}>
          <span>
            <IconButton aria-label={t('files.up')} disabled={path === '/'} onClick={() => setPath(parentPath(path))}>
              <ArrowUpward fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        {/* Not "/" between the parts: after the root's own "/" that read "/ / docs". */}
        <Breadcrumbs aria-label={t('files.folderPath')} separator={<NavigateNext fontSize="small" />} sx={{ flex: 1, minWidth: 0, fontFamily: monoFont, fontSize: 13 }} maxItems={8}>
          {breadcrumbs(path).map((crumb, index, all) =>
            index === all.length - 1 ? (
              <Typography key={crumb.path} sx={{ fontFamily: monoFont, fontSize: 13, fontWeight: 600 }} aria-current="location">
                {crumb.name}
              </Typography>
            ) : (
              <Link key={crumb.path} component="button" underline="hover" color="inherit" onClick={() => setPath(crumb.path)} sx={{ fontFamily: monoFont, fontSize: 13 }}>
                {crumb.name}
              </Link>
            ),
          )}
        </Breadcrumbs>
        <Tooltip title={t('files.reload')}>
          <IconButton aria-label={t('files.reloadFolder')} onClick={() => void listing.refetch()}>
            <RefreshOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        <Button startIcon={<DownloadOutlined fontSize="small" />} onClick={() => void download(path)} disabled={downloading !== null}>
          {t('files.downloadFolder')}
        </Button>
        <Button variant="contained" startIcon={<UploadOutlined fontSize="small" />} onClick={() => fileInput.current?.click()} disabled={uploading}>
          {uploading ? t('files.uploading') : t('files.upload')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          aria-label={t('files.toUpload')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void upload(files);
          }}
        />
      </Box>
      {(listing.isFetching || uploading || downloading) && <LinearProgress sx={{ height: 2 }} />}
      {listing.isError && (
        <Alert severity="error" sx={{ m: 2 }} action={path !== '/' ? <Button color="inherit" onClick={() => setPath(parentPath(path))}>{t('files.goUp')}</Button> : undefined}>
          {t('files.listFailed', { path, summary: explain(listing.error).summary, detail: explain(listing.error).detail ?? '' })}
        </Alert>
      )}
      <Box role="table" aria-label={t('files.table', { path })} sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        <Box role="rowgroup" sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper' }}>
          <Box role="row" sx={headerSx}>
            <span role="columnheader" aria-label={t('files.column.kind')} />
            <span role="columnheader">{t('files.column.name')}</span>
            <span role="columnheader" style={{ textAlign: 'right' }}>{t('files.column.size')}</span>
            <span role="columnheader">{t('files.column.mode')}</span>
            <span role="columnheader">{t('files.column.modified')}</span>
            <span role="columnheader">{t('files.column.linkTarget')}</span>
            <span role="columnheader" aria-label={t('files.column.actions')} />
          </Box>
        </Box>
        <Box role="rowgroup">
          {listing.data && entries.length === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
              {t('files.empty')}
            </Typography>
          )}
          {entries.map((entry) => {
            const full = joinPath(path, entry.name);
            const folderLike = entry.type === 'directory' || (entry.type === 'symlink' && entry.linkTarget !== null);
            return (
              <Box role="row" key={entry.name} aria-label={entry.name} sx={rowSx} onDoubleClick={() => open(entry)}>
                <Box role="cell" sx={{ display: 'flex', color: entry.type === 'directory' ? 'primary.main' : 'text.secondary' }}>
                  {entry.type === 'directory' ? <FolderOutlined fontSize="small" /> : entry.type === 'symlink' ? <LinkOutlined fontSize="small" /> : <InsertDriveFileOutlined fontSize="small" />}
                </Box>
                <Box role="cell" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {folderLike ? (
                    <Link component="button" underline="hover" onClick={() => open(entry)} sx={{ fontFamily: monoFont, fontSize: 12.5, color: 'text.primary', fontWeight: entry.type === 'directory' ? 600 : 400 }}>
                      {entry.name}
                    </Link>
                  ) : (
                    <Link component="button" underline="hover" aria-label={t('files.view', { name: entry.name })} onClick={() => setViewing({ ...entry, path: full })} sx={{ fontFamily: monoFont, fontSize: 12.5, color: 'text.primary' }}>
                      {entry.name}
                    </Link>
                  )}
                </Box>
                <Box role="cell" sx={{ textAlign: 'right', color: 'text.secondary' }}>
                  {entry.type === 'symlink' ? '' : formatBytes(entry.sizeBytes)}
                </Box>
                <Box role="cell" sx={{ color: 'text.secondary' }}>{formatMode(entry.type, entry.mode)}</Box>
                <Box role="cell" sx={{ color: 'text.secondary' }} title={new Date(entry.modified).toISOString()}>
                  {formatDateTime(entry.modified / 1000)}
                </Box>
                <Box role="cell" sx={{ color: 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {entry.linkTarget ? `→ ${entry.linkTarget}` : ''}
                </Box>
                <Box role="cell">
                  <Tooltip title={entry.type === 'directory' ? t('files.downloadTar') : t('download')}>
                    <span>
                      <IconButton aria-label={t('files.downloadEntry', { name: entry.name })} disabled={downloading !== null} onClick={() => void download(full)}>
                        <DownloadOutlined fontSize="small" />
                      </IconButton>
                    </span>
                  </Tooltip>
                </Box>
              </Box>
            );
          })}
        </Box>
      </Box>
      <FileViewer
        path={viewing?.path ?? null}
        sizeBytes={viewing?.sizeBytes ?? 0}
        read={source.read}
        onDownload={(target) => void download(target)}
        onClose={() => setViewing(null)}
      />
      {dragging && (
        <Box
          sx={(t) => ({
            position: 'absolute',
            inset: 8,
            border: `2px dashed ${t.palette.primary.main}`,
            borderRadius: 2,
            bgcolor: alpha(t.palette.primary.main, 0.08),
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            pointerEvents: 'none',
          })}
        >
          <Typography variant="h6" color="primary">
            {t('files.drop', { path })}
          </Typography>
        </Box>
      )}
    </Box>
  );
}

const headerSx = (t: { palette: { divider: string } }) => ({
  display: 'grid',
  gridTemplateColumns: columns,
  gap: 1,
  alignItems: 'center',
  px: 1.5,
  height: 32,
  fontSize: 12,
  fontWeight: 600,
  color: 'text.secondary',
  borderBottom: `1px solid ${t.palette.divider}`,
});

const rowSx = (t: { palette: { divider: string } }) => ({
  display: 'grid',
  gridTemplateColumns: columns,
  gap: 1,
  alignItems: 'center',
  px: 1.5,
  height: 34,
  fontFamily: monoFont,
  fontSize: 12.5,
  whiteSpace: 'nowrap',
  borderBottom: `1px solid ${t.palette.divider}`,
  '&:hover': { bgcolor: 'action.hover' },
});
