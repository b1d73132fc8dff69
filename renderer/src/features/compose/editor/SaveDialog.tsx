import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeFileProject, ComposeFileText } from '../../../../../shared/contract/compose';
import { BerthError } from '../../../../../shared/contract/errors';
import { opKey, useCall, useOp } from '../../../api/hooks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/PageParts';
import { DiffView } from './DiffView';
import { problemCounts } from './diagnostics';
import type { Draft } from './drafts';
import { fileName } from './file-name';

/** A save that went through: the text now on disk, its time, and where the previous version was kept. */
export interface SavedFile {
  path: string;
  text: string;
  mtimeMs: number;
  backupPath: string | null;
}

/** Main refused the save because the file was changed on disk since the draft began. */
function changedOnDisk(error: unknown): boolean {
  return error instanceof BerthError && error.code === 'CONFLICT' && (error.details as { changedOnDisk?: unknown } | undefined)?.changedOnDisk === true;
}

interface SaveDialogProps {
  project: ComposeFileProject;
  /** The file as last read from disk; null: closed. */
  file: ComposeFileText | null;
  draft: Draft | undefined;
  onClose(): void;
  onSaved(saved: SavedFile): void;
  /** "Reload from disk": drop the draft and take the file as it is now. */
  onReload(path: string): void;
}

/**
 * Saving a draft: the change as a diff against the file on disk, what main's check says of the new text
 * (saving with errors is allowed, and said), then the save. When the file changed on disk meanwhile, the
 * user chooses: the file's version (the draft goes) or theirs (written over the file).
 */
export function SaveDialog({ file, draft, onClose, ...rest }: SaveDialogProps) {
  return (
    <Dialog open={file !== null && draft !== undefined} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="compose-save-title">
      {file && draft && <SaveContent key={file.path} file={file} draft={draft} onClose={onClose} {...rest} />}
    </Dialog>
  );
}

function SaveContent({ project, file, draft, onClose, onSaved, onReload }: Omit<SaveDialogProps, 'file' | 'draft'> & { file: ComposeFileText; draft: Draft }) {
  const { t } = useTranslation('composeEditor');
  const call = useCall();
  const queryClient = useQueryClient();
  const check = useOp('compose.files.check', { id: project.id, path: file.path, text: draft.text });
  const [phase, setPhase] = useState<'review' | 'saving' | 'conflict'>('review');
  const [error, setError] = useState<unknown>(null);
  const [confirmingReload, setConfirmingReload] = useState(false);
  const name = fileName(file.path);
  const counts = check.data ? problemCounts(check.data.diagnostics) : null;

  /** Saves the draft over the version of the file that had `baseMtimeMs`; `after` is where a failure leaves the dialog. */
  const save = async (baseMtimeMs: number, after: 'review' | 'conflict') => {
    setPhase('saving');
    setError(null);
    try {
      const result = await call('compose.files.save', { id: project.id, path: file.path, text: draft.text, baseMtimeMs });
      onSaved({ path: file.path, text: draft.text, ...result });
    } catch (failure) {
      if (changedOnDisk(failure)) {
        setPhase('conflict');
      } else {
        setError(failure);
        setPhase(after);
      }
    }
  };

  /** "Overwrite": the file is read again (the diff then shows what is written over) and saved over that version. */
  const overwrite = async () => {
    setPhase('saving');
    setError(null);
    try {
      const fresh = await call('compose.files.read', { id: project.id });
      queryClient.setQueryData(opKey('compose.files.read', { id: project.id }), fresh);
      const current = fresh.files.find((candidate) => candidate.path === file.path);
      await save(current?.mtimeMs ?? file.mtimeMs, 'conflict');
    } catch (failure) {
      setError(failure);
      setPhase('conflict');
    }
  };

  const errors = counts?.errors ?? 0;
  return (
    <>
      <DialogTitle id="compose-save-title">{t('save.title', { file: name })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="body2" color="text.secondary">
          {t('save.intro', { path: file.path })}
        </Typography>
        <DiffView original={file.text} modified={draft.text} label={t('save.diffLabel', { file: name })} />
        <div data-testid="compose-save-problems" data-errors={counts?.errors} data-warnings={counts?.warnings}>
          {check.isError ? (
            <ErrorAlert error={check.error} what={t('save.checkFailed')} />
          ) : counts === null ? (
            <Alert severity="info">{t('save.checking')}</Alert>
          ) : counts.errors > 0 ? (
            <Alert severity="warning">{t('save.withErrors', counts)}</Alert>
          ) : counts.warnings > 0 ? (
            <Alert severity="info">{t('save.withWarnings', counts)}</Alert>
          ) : (
            <Alert severity="success">{t('save.noProblems')}</Alert>
          )}
        </div>
        {phase === 'conflict' && (
          <Alert severity="warning" role="alert">
            {t('save.changedOnDisk', { file: name })}
          </Alert>
        )}
        {error !== null && <ErrorAlert error={error} what={t('save.failed', { file: name })} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={phase === 'saving'}>
          {t('save.cancel')}
        </Button>
        {phase === 'conflict' ? (
          <>
            <Button color="error" onClick={() => setConfirmingReload(true)}>
              {t('save.reload')}
            </Button>
            <Button variant="contained" color="warning" onClick={() => void overwrite()}>
              {t('save.overwrite')}
            </Button>
          </>
        ) : (
          <Button variant="contained" color={errors > 0 ? 'warning' : 'primary'} autoFocus disabled={phase === 'saving'} onClick={() => void save(draft.baseMtimeMs, 'review')}>
            {phase === 'saving' ? t('save.saving') : errors > 0 ? t('save.saveWithErrors') : t('save.save')}
          </Button>
        )}
      </DialogActions>
      <ConfirmDialog
        open={confirmingReload}
        danger
        title={t('save.reloadTitle', { file: name })}
        confirmLabel={t('save.reloadConfirm')}
        onCancel={() => setConfirmingReload(false)}
        onConfirm={() => {
          setConfirmingReload(false);
          onReload(file.path);
        }}
      >
        <Typography variant="body2">{t('save.reloadBody', { file: name })}</Typography>
      </ConfirmDialog>
    </>
  );
}
