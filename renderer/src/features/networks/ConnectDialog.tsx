import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import type { NetworkSummary } from '../../../../shared/contract/networks';
import { useOp, useOpMutation } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { containerStateWords } from '../../components/ContainerLinks';
import { ErrorAlert } from '../../components/PageParts';
import { checkConnect, type ConnectForm } from './network-view';
import { FormActions } from '../../components/FormActions';
import { checkedSubmit } from '../../lib/checked-submit';

const ALL_CONTAINERS = { all: true };
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** docker network connect: a container picked from those not on the network yet, an optional fixed address and aliases. */
export function ConnectDialog({ network, onClose }: { network: NetworkSummary | null; onClose(): void }) {
  return network ? <ConnectContent key={network.id} network={network} onClose={onClose} /> : null;
}

function ConnectContent({ network, onClose }: { network: NetworkSummary; onClose(): void }) {
  const { t } = useTranslation('networks');
  const containers = useOp('containers.list', ALL_CONTAINERS);
  const attached = useMemo(() => new Set(network.containers.map((c) => c.id)), [network]);
  const choices = useMemo(
    () => (containers.data ?? []).filter((c) => !attached.has(c.id)).sort((a, b) => collator.compare(a.name, b.name)),
    [containers.data, attached],
  );
  const [picked, setPicked] = useState<ContainerSummary | null>(null);
  const [form, setForm] = useState<ConnectForm>({ container: '', ipv4Address: '', aliases: '' });
  const [tried, setTried] = useState(false);
  const { input, issues } = useMemo(() => checkConnect(network.id, { ...form, container: picked?.id ?? '' }, t), [network.id, form, picked, t]);
  const connect = useOpMutation('networks.connect', {
    onSuccess: () => {
      notify({ severity: 'success', title: picked ? t('connect.done', { container: picked.name, network: network.name }) : t('connect.doneUnnamed', { network: network.name }) });
      onClose();
    },
    onError: () => {},
  });
  const issueOf = (key: string) => (tried ? issues.get(key) : undefined);
  const hasSubnet = network.subnets.some((s) => !s.subnet.includes(':'));

  return (
    <Dialog open onClose={connect.isPending ? undefined : onClose} aria-labelledby="connect-network-title">
      <DialogTitle id="connect-network-title">{t('connect.title', { name: network.name })}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="connect-network-form"
          noValidate
          onSubmit={checkedSubmit('connect-network-form', issues.size, () => connect.mutate(input), () => setTried(true))}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
        >
          <Autocomplete
            options={choices}
            value={picked}
            onChange={(_event, value) => {
              setPicked(value);
              connect.reset();
            }}
            getOptionLabel={(c) => c.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            loading={containers.isPending}
            loadingText={t('connect.loading')}
            noOptionsText={containers.data ? t('connect.noOther') : t('connect.noContainers')}
            autoHighlight
            renderOption={({ key, ...props }, c) => (
              <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1.5 }}>
                <Box component="span" sx={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', fontWeight: 500 }}>
                  {c.name}
                </Box>
                <Box component="span" sx={{ color: 'text.secondary', fontSize: 12, flexShrink: 0 }}>
                  {containerStateWords(c.state)} · {c.image}
                </Box>
              </Box>
            )}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('connect.container')}
                autoFocus
                error={Boolean(issueOf('container'))}
                helperText={issueOf('container') ?? t('connect.containerHelp')}
                slotProps={{ ...params.slotProps, inputLabel: { ...params.slotProps.inputLabel, shrink: true } }}
              />
            )}
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, alignItems: 'flex-start' }}>
            <TextField
              label={t('connect.ipv4')}
              value={form.ipv4Address}
              onChange={(event) => setForm((f) => ({ ...f, ipv4Address: event.target.value }))}
              error={Boolean(issueOf('ipv4Address'))}
              helperText={issueOf('ipv4Address') ?? (hasSubnet ? t('connect.ipv4Help') : t('connect.ipv4NoSubnet'))}
              placeholder={network.subnets.find((s) => /\.0\/\d+$/.test(s.subnet))?.subnet.replace(/\.0\/\d+$/, '.10') ?? ''}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
            />
            <TextField
              label={t('connect.aliases')}
              value={form.aliases}
              onChange={(event) => setForm((f) => ({ ...f, aliases: event.target.value }))}
              error={Boolean(issueOf('aliases'))}
              helperText={issueOf('aliases') ?? t('connect.aliasesHelp')}
              // eslint-disable-next-line berth/no-literal-ui-text -- example alias names (names are never translated)
              placeholder="db cache"
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
            />
          </Box>
          {picked && picked.state !== 'running' && (
            <Typography variant="caption" color="text.secondary">
              {t('connect.notRunning', { container: picked.name, network: network.name })}
            </Typography>
          )}
          {connect.isError && <ErrorAlert error={connect.error} what={t('connect.failed')} />}
        </Box>
      </DialogContent>
      <FormActions form="connect-network-form" disabled={connect.isPending} cancelDisabled={connect.isPending} submitLabel={connect.isPending ? t('connect.submitting') : t('connect.submit')} onCancel={onClose} />
    </Dialog>
  );
}
