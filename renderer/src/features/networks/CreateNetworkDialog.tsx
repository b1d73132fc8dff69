import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BerthError } from '../../../../shared/contract/errors';
import { useOpMutation } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { ErrorAlert } from '../../components/PageParts';
import { checkCreateNetwork, emptyCreateNetworkForm, type CreateNetworkForm } from './network-view';
import { FormActions } from '../../components/FormActions';
import { checkedSubmit } from '../../lib/checked-submit';

/** docker network create -d bridge: a name, an optional subnet and gateway (checked as the contract checks them), internal. */
export function CreateNetworkDialog({ open, onClose, onDone }: { open: boolean; onClose(): void; onDone?(id: string): void }) {
  return open ? <CreateContent onClose={onClose} onDone={onDone} /> : null;
}

function CreateContent({ onClose, onDone }: { onClose(): void; onDone?(id: string): void }) {
  const { t } = useTranslation('networks');
  const [form, setForm] = useState<CreateNetworkForm>(emptyCreateNetworkForm);
  const [tried, setTried] = useState(false);
  const { input, issues } = useMemo(() => checkCreateNetwork(form, t), [form, t]);
  const create = useOpMutation('networks.create', {
    onSuccess: (made) => {
      notify({ severity: 'success', title: t('create.done', { name: made.name }), message: made.subnets.map((s) => s.subnet).join(', ') || undefined });
      onClose();
      onDone?.(made.id);
    },
    onError: () => {},
  });
  const set = <K extends keyof CreateNetworkForm>(key: K, value: CreateNetworkForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    if (create.isError) create.reset();
  };
  // The engine's refusals belong to a field: a name in use, a subnet overlapping another network's.
  const refusal = create.error instanceof BerthError && create.error.code === 'CONFLICT' ? create.error.message : undefined;
  const refusedField = refusal ? (/subnet/i.test(refusal) ? 'subnet' : 'name') : undefined;
  const issueOf = (key: string) => (tried ? issues.get(key) : undefined) ?? (refusedField === key ? refusal : undefined);
  const field = (key: 'name' | 'subnet' | 'gateway', label: string, placeholder: string, helper: string, autoFocus = false) => (
    <TextField
      label={label}
      value={form[key]}
      onChange={(event) => set(key, event.target.value)}
      error={Boolean(issueOf(key))}
      helperText={issueOf(key) ?? helper}
      placeholder={placeholder}
      autoFocus={autoFocus}
      fullWidth
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
    />
  );

  return (
    <Dialog open onClose={create.isPending ? undefined : onClose} aria-labelledby="create-network-title">
      <DialogTitle id="create-network-title">{t('create.title')}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="create-network-form"
          noValidate
          onSubmit={checkedSubmit('create-network-form', issues.size, () => create.mutate(input), () => setTried(true))}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
        >
          {field('name', t('create.name'), t('create.namePlaceholder'), t('create.nameHelp'), true)}
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, alignItems: 'flex-start' }}>
            {field('subnet', t('create.subnet'), '10.20.0.0/24', t('create.subnetHelp'))}
            {field('gateway', t('create.gateway'), '10.20.0.1', t('create.gatewayHelp'))}
          </Box>
          <Box>
            <FormControlLabel control={<Checkbox checked={form.internal} onChange={(event) => set('internal', event.target.checked)} />} label={t('create.internal')} />
          </Box>
          <Typography variant="caption" color="text.secondary">
            {t('create.driver')}
          </Typography>
          {create.isError && !refusedField && <ErrorAlert error={create.error} what={t('create.failed')} />}
        </Box>
      </DialogContent>
      <FormActions form="create-network-form" disabled={create.isPending} cancelDisabled={create.isPending} submitLabel={create.isPending ? t('create.submitting') : t('create.submit')} onCancel={onClose} />
    </Dialog>
  );
}
