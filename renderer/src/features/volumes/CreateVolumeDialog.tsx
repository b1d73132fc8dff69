import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BerthError } from '../../../../shared/contract/errors';
import { useOpMutation } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { ErrorAlert } from '../../components/PageParts';
import { KeyValueRows } from '../../components/KeyValueRows';
import { checkCreateVolume, emptyCreateVolumeForm, type CreateVolumeForm } from './volume-forms';
import { FormActions } from '../../components/FormActions';
import { checkedSubmit } from '../../lib/checked-submit';

/** docker volume create: a name (or one the engine makes up), a driver, labels and driver options. */
export function CreateVolumeDialog({ open, onClose, onDone }: { open: boolean; onClose(): void; onDone?(name: string): void }) {
  return open ? <CreateContent onClose={onClose} onDone={onDone} /> : null;
}

function CreateContent({ onClose, onDone }: { onClose(): void; onDone?(name: string): void }) {
  const { t } = useTranslation('volumes');
  const [form, setForm] = useState<CreateVolumeForm>(emptyCreateVolumeForm);
  const [tried, setTried] = useState(false);
  const { input, issues } = useMemo(() => checkCreateVolume(form, t), [form, t]);
  const create = useOpMutation('volumes.create', {
    onSuccess: (made) => {
      notify({ severity: 'success', title: t('create.done', { name: made.name }) });
      onClose();
      onDone?.(made.name);
    },
    onError: () => {},
  });
  const set = <K extends keyof CreateVolumeForm>(key: K, value: CreateVolumeForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    if (create.isError) create.reset();
  };
  const issueOf = (key: string) => (tried ? issues.get(key) : undefined);
  // A name in use is the name field's problem; anything else is said under the form.
  const nameTaken = create.error instanceof BerthError && create.error.code === 'CONFLICT' ? create.error.message : undefined;

  return (
    <Dialog open onClose={create.isPending ? undefined : onClose} aria-labelledby="create-volume-title">
      <DialogTitle id="create-volume-title">{t('create.title')}</DialogTitle>
      <DialogContent dividers>
        <Box
          component="form"
          id="create-volume-form"
          noValidate
          onSubmit={checkedSubmit('create-volume-form', issues.size, () => create.mutate(input), () => setTried(true))}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }}
        >
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 180px', gap: 1.5 }}>
            <TextField
              label={t('create.name')}
              value={form.name}
              onChange={(event) => set('name', event.target.value)}
              error={Boolean(issueOf('name') ?? nameTaken)}
              helperText={issueOf('name') ?? nameTaken ?? t('create.nameHelp')}
              placeholder={t('create.namePlaceholder')}
              autoFocus
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
            />
            <TextField
              label={t('create.driver')}
              value={form.driver}
              onChange={(event) => set('driver', event.target.value)}
              error={Boolean(issueOf('driver'))}
              helperText={issueOf('driver') ?? t('create.driverHelp')}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
            />
          </Box>
          <Box component="section" aria-label={t('create.labels')} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            <Typography variant="subtitle2" component="h3">
              {t('create.labels')}
            </Typography>
            {/* eslint-disable-next-line berth/no-literal-ui-text -- an example label key (reverse-DNS), the same in every language */}
            <KeyValueRows rows={form.labels} onChange={(rows) => set('labels', rows)} noun={t('create.labelNoun')} issueKey="labels" issueOf={issueOf} keyPlaceholder="com.example.key" />
          </Box>
          <Box component="section" aria-label={t('create.options')} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            <Box>
              <Typography variant="subtitle2" component="h3">
                {t('create.options')}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {t('create.optionsHelp')}
              </Typography>
            </Box>
            {/* eslint-disable-next-line berth/no-literal-ui-text -- "type" is the local driver's option name, not a word to translate */}
            <KeyValueRows rows={form.options} onChange={(rows) => set('options', rows)} noun={t('create.optionNoun')} issueKey="options" issueOf={issueOf} keyPlaceholder="type" />
          </Box>
          {create.isError && !nameTaken && <ErrorAlert error={create.error} what={t('create.failed')} />}
        </Box>
      </DialogContent>
      <FormActions form="create-volume-form" attention={tried ? issues.size : 0} disabled={create.isPending} cancelDisabled={create.isPending} submitLabel={create.isPending ? t('create.submitting') : t('create.submit')} onCancel={onClose} />
    </Dialog>
  );
}
