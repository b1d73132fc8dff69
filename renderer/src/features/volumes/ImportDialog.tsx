import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolumeSummary } from '../../../../shared/contract/volumes';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { ArchiveFileField, isPathError, rememberArchiveFolder, TransferStatus, useTransfer } from './transfer';
import { isOverwriteConflict } from '../../api/errors';
import { hostFileIssue, volumeNameFromArchive, volumeNameIssue } from './volume-forms';
import { shortVolumeName } from './volume-view';
import { FormActions } from '../../components/FormActions';

export interface ImportTarget {
  /** Import into this volume (its detail view); none: the user chooses, a new volume by default. */
  volume?: string;
}

/**
 * A tar file on this computer unpacked into a new volume or an existing one. A volume that holds files is
 * only written into after the user confirms: the archive's files replace those of the same path.
 */
export function ImportDialog({ target, volumes, onClose, onDone }: { target: ImportTarget | null; volumes: readonly VolumeSummary[]; onClose(): void; onDone?(volume: string): void }) {
  return target ? <ImportContent target={target} volumes={volumes} onClose={onClose} onDone={onDone} /> : null;
}

function ImportContent({ target, volumes, onClose, onDone }: { target: ImportTarget; volumes: readonly VolumeSummary[]; onClose(): void; onDone?(volume: string): void }) {
  const { t } = useTranslation('volumes');
  const transfer = useTransfer('volumes.import');
  const [file, setFile] = useState('');
  const [mode, setMode] = useState<'new' | 'existing'>(target.volume ? 'existing' : 'new');
  const [newName, setNewName] = useState('');
  const [nameEdited, setNameEdited] = useState(false);
  const [existing, setExisting] = useState(target.volume ?? '');
  const [tried, setTried] = useState(false);
  const running = transfer.state.phase === 'running';
  const notEmpty = transfer.state.phase === 'failed' && isOverwriteConflict(transfer.state.error) === 'not-empty';

  const name = mode === 'new' ? newName.trim() : existing;
  const taken = mode === 'new' && volumes.some((v) => v.name === name);
  const fileIssue = tried ? hostFileIssue(file.trim(), t) : undefined;
  const nameIssue = !tried ? undefined : mode === 'new' ? (volumeNameIssue(name, t) ?? (taken ? t('import.nameTaken', { name }) : undefined)) : name ? undefined : t('import.chooseVolume');
  const chosen = volumes.find((v) => v.name === existing);

  const change = (apply: () => void) => {
    apply();
    if (!running) transfer.reset();
  };

  const go = async () => {
    setTried(true);
    const path = file.trim();
    if (hostFileIssue(path, t) || (mode === 'new' ? volumeNameIssue(name, t) || taken : !name)) return;
    try {
      const done = await transfer.run({ name, file: path, overwrite: notEmpty });
      rememberArchiveFolder(path);
      const message = { file: done.file, size: formatBytes(done.bytes) };
      notify({ severity: 'success', title: t('import.done', { name }), message: done.createdVolume ? t('import.doneNewVolume', message) : t('fileSize', message) });
      onClose();
      onDone?.(name);
    } catch {
      // Shown by TransferStatus, or as the overwrite question.
    }
  };

  return (
    <Dialog open onClose={running ? undefined : onClose} aria-labelledby="import-volume-title">
      <DialogTitle id="import-volume-title">{target.volume ? t('import.titleInto', { name: shortVolumeName(chosen ?? { name: target.volume, anonymous: false }) }) : t('import.title')}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('import.intro')}
        </Typography>
        <Box
          component="form"
          id="import-volume-form"
          onSubmit={(event) => {
            event.preventDefault();
            void go();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
        >
          <ArchiveFileField
            value={file}
            onChange={(value) =>
              change(() => {
                setFile(value);
                if (!nameEdited) setNewName(volumeNameFromArchive(value));
              })
            }
            issue={fileIssue}
            failed={transfer.state.phase === 'failed' && isPathError(transfer.state.error)}
            purpose="import"
            disabled={running}
            autoFocus
          />
          {!target.volume && (
            <RadioGroup row value={mode} onChange={(event) => change(() => setMode(event.target.value as 'new' | 'existing'))} aria-label={t('import.into')}>
              <FormControlLabel value="new" control={<Radio size="small" />} label={t('import.newVolume')} disabled={running} />
              <FormControlLabel value="existing" control={<Radio size="small" />} label={t('import.existingVolume')} disabled={running || volumes.length === 0} />
            </RadioGroup>
          )}
          {mode === 'new' ? (
            <TextField
              label={t('import.newName')}
              value={newName}
              onChange={(event) =>
                change(() => {
                  setNewName(event.target.value);
                  setNameEdited(true);
                })
              }
              error={Boolean(nameIssue)}
              helperText={nameIssue ?? t('import.newNameHelp')}
              disabled={running}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
            />
          ) : (
            !target.volume && (
              <TextField
                select
                label={t('import.volume')}
                value={existing}
                onChange={(event) => change(() => setExisting(event.target.value))}
                error={Boolean(nameIssue)}
                helperText={nameIssue}
                disabled={running}
                slotProps={{ inputLabel: { shrink: true } }}
              >
                {volumes.map((v) => (
                  <MenuItem key={v.name} value={v.name} sx={{ fontFamily: monoFont, fontSize: 12.5 }}>
                    {shortVolumeName(v)}
                    {v.sizeBytes !== null && (
                      <Box component="span" sx={{ ml: 'auto', pl: 2, color: 'text.secondary', fontFamily: 'inherit' }}>
                        {formatBytes(v.sizeBytes)}
                      </Box>
                    )}
                  </MenuItem>
                ))}
              </TextField>
            )
          )}
          {notEmpty && (
            <Alert severity="warning" role="alert">
              {chosen?.sizeBytes ? t('import.notEmptySize', { name, size: formatBytes(chosen.sizeBytes) }) : t('import.notEmpty', { name })}
            </Alert>
          )}
          <TransferStatus state={transfer.state} purpose="import" />
        </Box>
      </DialogContent>
      <FormActions
        form="import-volume-form"
        color={notEmpty ? 'warning' : 'primary'}
        disabled={running}
        submitLabel={running ? t('import.submitting') : notEmpty ? t('import.replace') : t('import.submit')}
        cancelLabel={running ? t('import.cancel') : t('cancel')}
        onCancel={running ? transfer.cancel : onClose}
      />
    </Dialog>
  );
}
