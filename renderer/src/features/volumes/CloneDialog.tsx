import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BerthError } from '../../../../shared/contract/errors';
import type { VolumeSummary } from '../../../../shared/contract/volumes';
import { useOpMutation } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { ErrorAlert } from '../../components/PageParts';
import { volumeNameIssue } from './volume-forms';
import { cloneName, shortVolumeName } from './volume-view';
import { FormActions } from '../../components/FormActions';
import { checkedSubmit } from '../../lib/checked-submit';

/** A new volume with the same driver, labels and files as another one. */
export function CloneDialog({ source, volumes, onClose, onDone }: { source: VolumeSummary | null; volumes: readonly VolumeSummary[]; onClose(): void; onDone?(name: string): void }) {
  return source ? <CloneContent key={source.name} source={source} volumes={volumes} onClose={onClose} onDone={onDone} /> : null;
}

function CloneContent({ source, volumes, onClose, onDone }: { source: VolumeSummary; volumes: readonly VolumeSummary[]; onClose(): void; onDone?(name: string): void }) {
  const { t } = useTranslation('volumes');
  const [target, setTarget] = useState(() => cloneName(source.name, new Set(volumes.map((v) => v.name))));
  const [tried, setTried] = useState(false);
  const clone = useOpMutation('volumes.clone', {
    onSuccess: (made) => {
      notify({ severity: 'success', title: t('clone.done', { source: shortVolumeName(source), target: made.name }) });
      onClose();
      onDone?.(made.name);
    },
    onError: () => {},
  });
  const name = target.trim();
  const issue = volumeNameIssue(name, t) ?? (name === source.name ? t('clone.sameName') : volumes.some((v) => v.name === name) ? t('clone.nameTaken', { name }) : undefined);
  const conflict = clone.error instanceof BerthError && clone.error.code === 'CONFLICT';

  return (
    <Dialog open onClose={clone.isPending ? undefined : onClose} aria-labelledby="clone-volume-title">
      <DialogTitle id="clone-volume-title">{t('clone.title', { name: shortVolumeName(source) })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('clone.intro')}
        </Typography>
        <Box
          component="form"
          id="clone-volume-form"
          onSubmit={checkedSubmit('clone-volume-form', issue ? 1 : 0, () => clone.mutate({ source: source.name, target: name }), () => setTried(true))}
        >
          <TextField
            label={t('clone.nameLabel')}
            value={target}
            onChange={(event) => {
              setTarget(event.target.value);
              clone.reset();
            }}
            error={(tried && Boolean(issue)) || conflict}
            helperText={(tried && issue) || undefined}
            disabled={clone.isPending}
            autoFocus
            fullWidth
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
          />
        </Box>
        {clone.isPending && (
          <Box role="status" sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
            <LinearProgress aria-label={t('clone.progressLabel')} />
            <Typography variant="caption" color="text.secondary">
              {source.sizeBytes ? t('clone.copyingSize', { size: formatBytes(source.sizeBytes) }) : t('clone.copying')}
            </Typography>
          </Box>
        )}
        {clone.isError && <ErrorAlert error={clone.error} what={t('clone.failed')} />}
      </DialogContent>
      <FormActions form="clone-volume-form" disabled={clone.isPending} cancelDisabled={clone.isPending} submitLabel={clone.isPending ? t('clone.submitting') : t('clone.submit')} onCancel={onClose} />
    </Dialog>
  );
}
