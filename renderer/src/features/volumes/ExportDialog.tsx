import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../lib/bytes';
import { notify } from '../../components/notifications';
import { ArchiveFileField, isPathError, rememberArchiveFolder, suggestedExportPath, TransferStatus, useTransfer, type TransferDone } from './transfer';
import { isOverwriteConflict } from '../../api/errors';
import { hostFileIssue } from './volume-forms';
import { FormActions } from '../../components/FormActions';

/** An export's path, its overwrite question and its progress; shared by the Export dialog and "Export first" on Remove. */
export function useExportForm(volume: string) {
  const { t } = useTranslation('volumes');
  const transfer = useTransfer('volumes.export');
  const [file, setFileState] = useState(() => suggestedExportPath(volume));
  const [tried, setTried] = useState(false);
  const exists = transfer.state.phase === 'failed' && isOverwriteConflict(transfer.state.error) === 'file-exists';

  /** Runs the export; resolves with its result, or null when it did not happen (a bad path, a refusal, cancelled). */
  const submit = async (): Promise<TransferDone | null> => {
    setTried(true);
    const path = file.trim();
    if (hostFileIssue(path, t)) return null;
    try {
      // After "already exists" was said, going on again is the user's yes to replacing the file.
      const done = await transfer.run({ name: volume, file: path, overwrite: exists });
      rememberArchiveFolder(path);
      return done;
    } catch {
      return null; // said by ExportFields: the overwrite question or the failure
    }
  };

  return {
    volume,
    file,
    setFile(next: string) {
      setFileState(next);
      if (transfer.state.phase !== 'running') transfer.reset();
    },
    issue: tried ? hostFileIssue(file.trim(), t) : undefined,
    /** The file exists: the next submit replaces it. */
    exists,
    running: transfer.state.phase === 'running',
    state: transfer.state,
    submit,
    cancel: transfer.cancel,
  };
}
type ExportForm = ReturnType<typeof useExportForm>;

export function ExportFields({ form, autoFocus }: { form: ExportForm; autoFocus?: boolean }) {
  const { t } = useTranslation('volumes');
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <ArchiveFileField
        value={form.file}
        onChange={form.setFile}
        issue={form.issue}
        failed={form.state.phase === 'failed' && isPathError(form.state.error)}
        purpose="export"
        disabled={form.running}
        autoFocus={autoFocus}
      />
      {form.exists && (
        <Alert severity="warning" role="alert">
          {t('export.exists', { file: form.file.trim() })}
        </Alert>
      )}
      <TransferStatus state={form.state} purpose="export" />
    </Box>
  );
}

/** docker-less `volume export`: every file of a volume into a tar file on this computer, with progress. */
export function ExportDialog({ volume, onClose }: { volume: string | null; onClose(): void }) {
  return volume !== null ? <ExportContent key={volume} volume={volume} onClose={onClose} /> : null;
}

function ExportContent({ volume, onClose }: { volume: string; onClose(): void }) {
  const { t } = useTranslation('volumes');
  const form = useExportForm(volume);
  const go = async () => {
    const done = await form.submit();
    if (!done) return;
    notify({ severity: 'success', title: t('export.done', { name: volume }), message: t('fileSize', { file: done.file, size: formatBytes(done.bytes) }) });
    onClose();
  };
  return (
    // While it runs, only "Cancel export" ends it: Escape or a click outside do not drop it half-way.
    <Dialog open onClose={form.running ? undefined : onClose} aria-labelledby="export-volume-title">
      <DialogTitle id="export-volume-title">{t('export.title', { name: volume })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('export.intro')}
        </Typography>
        <Box component="form" id="export-volume-form" onSubmit={(event) => { event.preventDefault(); void go(); }}>
          <ExportFields form={form} autoFocus />
        </Box>
      </DialogContent>
      <FormActions
        form="export-volume-form"
        color={form.exists ? 'warning' : 'primary'}
        disabled={form.running}
        submitLabel={form.running ? t('export.submitting') : form.exists ? t('export.replace') : t('export.submit')}
        cancelLabel={form.running ? t('export.cancel') : t('cancel')}
        onCancel={form.running ? form.cancel : onClose}
      />
    </Dialog>
  );
}
