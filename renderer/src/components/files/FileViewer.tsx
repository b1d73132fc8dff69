import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../lib/bytes';
import type { DownloadedFile } from '../../lib/file-transfer';
import { useExplainError } from '../../api/errors';
import { monoFont } from '../theme';
import { fileText, MAX_VIEW_BYTES } from './file-text';

/**
 * A file's contents, read-only, without saving it first: text is shown as it is; a binary file, or one
 * larger than MAX_VIEW_BYTES, says so and offers Download instead.
 */
export function FileViewer({ path, sizeBytes, read, onDownload, onClose }: { path: string | null; sizeBytes: number; read(path: string): Promise<DownloadedFile>; onDownload(path: string): void; onClose(): void }) {
  const { t } = useTranslation('components');
  const explain = useExplainError();
  const tooBig = sizeBytes > MAX_VIEW_BYTES;
  const contents = useQuery({
    queryKey: ['file-view', path],
    queryFn: async () => fileText(new Uint8Array(await (await read(path!)).blob.arrayBuffer())),
    enabled: path !== null && !tooBig,
    gcTime: 0,
    retry: false,
  });
  const shown = contents.data;
  return (
    <Dialog open={path !== null} onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="file-viewer-title">
      <DialogTitle id="file-viewer-title" sx={{ fontFamily: monoFont, fontSize: 15, overflowWrap: 'anywhere' }}>
        {path}
      </DialogTitle>
      <DialogContent dividers>
        {tooBig ? (
          <Alert severity="info">{t('viewer.tooLarge', { size: formatBytes(sizeBytes), limit: formatBytes(MAX_VIEW_BYTES) })}</Alert>
        ) : contents.isError ? (
          <Alert severity="error">{[explain(contents.error).summary, explain(contents.error).detail].filter(Boolean).join(' ')}</Alert>
        ) : !shown ? (
          <Box role="status" aria-label={t('viewer.reading')} sx={{ display: 'flex', justifyContent: 'center', p: 3 }}>
            <CircularProgress size={24} />
          </Box>
        ) : shown.kind === 'binary' ? (
          <Alert severity="info">{t('viewer.binary', { size: formatBytes(shown.sizeBytes) })}</Alert>
        ) : (
          <Box
            component="pre"
            aria-label={t('viewer.contents', { path })}
            data-scrolls-sideways
            sx={{ m: 0, fontFamily: monoFont, fontSize: 12.5, lineHeight: 1.5, whiteSpace: 'pre', overflow: 'auto', maxHeight: '65vh' }}
          >
            {shown.text}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button startIcon={<DownloadOutlined fontSize="small" />} onClick={() => path && onDownload(path)}>
          {t('download')}
        </Button>
        <Button onClick={onClose} variant="contained">
          {t('close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
