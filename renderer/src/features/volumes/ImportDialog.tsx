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
  const fileIssue = tried ? hostFileIssue(file.trim()) : undefined;
  const nameIssue = !tried ? undefined : mode === 'new' ? (volumeNameIssue(name) ?? (taken ? `a volume named ${name} exists: choose “An existing volume” to import into it` : undefined)) : name ? undefined : 'choose a volume';
  const chosen = volumes.find((v) => v.name === existing);

  const change = (apply: () => void) => {
    apply();
    if (!running) transfer.reset();
  };

  const go = async () => {
    setTried(true);
    const path = file.trim();
    if (hostFileIssue(path) || (mode === 'new' ? volumeNameIssue(name) || taken : !name)) return;
    try {
      const done = await transfer.run({ name, file: path, overwrite: notEmpty });
      rememberArchiveFolder(path);
      notify({ severity: 'success', title: `Imported into ${name}`, message: `${done.file} (${formatBytes(done.bytes)})${done.createdVolume ? ' — a new volume' : ''}` });
      onClose();
      onDone?.(name);
    } catch {
      // Shown by TransferStatus, or as the overwrite question.
    }
  };

  return (
    <Dialog open onClose={running ? undefined : onClose} aria-labelledby="import-volume-title">
      <DialogTitle id="import-volume-title">{target.volume ? `Import into ${shortVolumeName(chosen ?? { name: target.volume, anonymous: false })}` : 'Import a volume'}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="body2" color="text.secondary">
          Unpacks a tar archive, such as one made by Export, into a volume.
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
            <RadioGroup row value={mode} onChange={(event) => change(() => setMode(event.target.value as 'new' | 'existing'))} aria-label="Import into">
              <FormControlLabel value="new" control={<Radio size="small" />} label="A new volume" disabled={running} />
              <FormControlLabel value="existing" control={<Radio size="small" />} label="An existing volume" disabled={running || volumes.length === 0} />
            </RadioGroup>
          )}
          {mode === 'new' ? (
            <TextField
              label="New volume name"
              value={newName}
              onChange={(event) =>
                change(() => {
                  setNewName(event.target.value);
                  setNameEdited(true);
                })
              }
              error={Boolean(nameIssue)}
              helperText={nameIssue ?? 'Made for this import; removed again if the import fails.'}
              disabled={running}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
            />
          ) : (
            !target.volume && (
              <TextField
                select
                label="Volume"
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
              Volume {name} is not empty{chosen?.sizeBytes ? ` (${formatBytes(chosen.sizeBytes)})` : ''}. Importing into it replaces its files that have the same path as one in the
              archive; its other files stay. Choose “Import and replace” to go on.
            </Alert>
          )}
          <TransferStatus state={transfer.state} verb="Importing" />
        </Box>
      </DialogContent>
      <FormActions
        form="import-volume-form"
        color={notEmpty ? 'warning' : 'primary'}
        disabled={running}
        submitLabel={running ? 'Importing…' : notEmpty ? 'Import and replace' : 'Import'}
        cancelLabel={running ? 'Cancel import' : 'Cancel'}
        onCancel={running ? transfer.cancel : onClose}
      />
    </Dialog>
  );
}
