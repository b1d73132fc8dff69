import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerState } from '../../../../shared/contract/containers';
import { BerthError } from '../../../../shared/contract/errors';
import type { NetworkMember, NetworkSummary } from '../../../../shared/contract/networks';
import { useBerthClient } from '../../api/BerthProvider';
import { useOpMutation } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { ContainerLink, containerStateWords } from '../../components/ContainerLinks';
import { ErrorAlert, Loading } from '../../components/PageParts';
import { ownedWords } from './network-view';
import { PruneActions, PruneFailed } from '../../components/PruneActions';
import { ItemList, Item } from '../../components/ItemList';

interface Blocker {
  id: string;
  name: string;
  state: ContainerState;
}

function blockersOf(error: unknown): Blocker[] | null {
  if (!(error instanceof BerthError) || error.code !== 'CONFLICT') return null;
  const containers = (error.details as { containers?: Blocker[] } | undefined)?.containers;
  return Array.isArray(containers) ? containers : null;
}


/**
 * Confirms removing a network. The engine's own networks cannot go (said, with why); one with containers
 * attached (running or not) is refused, naming them.
 */
export function RemoveNetworkDialog({ network, members, onClose, onRemoved }: { network: NetworkSummary | null; members: readonly NetworkMember[]; onClose(): void; onRemoved?(): void }) {
  return network ? <RemoveContent key={network.id} network={network} members={members} onClose={onClose} onRemoved={onRemoved} /> : null;
}

function RemoveContent({ network, members, onClose, onRemoved }: { network: NetworkSummary; members: readonly Blocker[]; onClose(): void; onRemoved?(): void }) {
  const { t } = useTranslation('networks');
  const remove = useOpMutation('networks.remove', {
    onSuccess: () => {
      notify({ severity: 'success', title: t('remove.done', { name: network.name }) });
      onClose();
      onRemoved?.();
    },
    onError: () => {},
  });
  const refusedBy = blockersOf(remove.error);
  const blockers = refusedBy ?? members;
  const refused = network.predefined || blockers.length > 0;
  const title = network.predefined
    ? t('remove.titleOwned', { name: network.name })
    : blockers.length > 0
      ? t('remove.titleInUse', { name: network.name })
      : t('remove.title', { name: network.name });

  return (
    <Dialog open onClose={remove.isPending ? undefined : onClose} aria-labelledby="remove-network-title" aria-describedby="remove-network-what">
      <DialogTitle id="remove-network-title">{title}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {network.predefined ? (
          <Typography id="remove-network-what" variant="body2">
            {ownedWords(network, t)}
          </Typography>
        ) : blockers.length > 0 ? (
          <>
            <Typography id="remove-network-what" variant="body2">
              {t('remove.inUse', { count: blockers.length })}
            </Typography>
            <ItemList label={t('remove.listLabel')}>
              {blockers.map((member) => (
                <Item key={member.id}>
                  <Box sx={{ flex: 1, minWidth: 0, fontWeight: 600 }}>
                    <ContainerLink container={member} />
                  </Box>
                  <Typography variant="caption" color="text.secondary">
                    {containerStateWords(member.state)}
                  </Typography>
                </Item>
              ))}
            </ItemList>
            {refusedBy && <Alert severity="error">{t('remove.attachedMeanwhile')}</Alert>}
          </>
        ) : (
          <Typography id="remove-network-what" variant="body2">
            {network.subnets.length
              ? t('remove.willDeleteSubnets', { name: network.name, subnets: network.subnets.map((s) => s.subnet).join(', ') })
              : t('remove.willDelete', { name: network.name })}
          </Typography>
        )}
        {remove.isError && !refusedBy && <ErrorAlert error={remove.error} what={t('remove.failed')} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} autoFocus disabled={remove.isPending}>
          {refused ? t('remove.close') : t('remove.cancel')}
        </Button>
        <Button variant="contained" color="error" disabled={refused || remove.isPending} aria-describedby="remove-network-what" onClick={() => remove.mutate({ id: network.id })}>
          {remove.isPending ? t('remove.submitting') : refused ? t('remove.refused') : t('remove.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export interface DisconnectTarget {
  network: NetworkSummary;
  member: NetworkMember;
}

/** Confirms docker network disconnect; Force for a container that is stuck or gone. */
export function DisconnectDialog({ target, onClose }: { target: DisconnectTarget | null; onClose(): void }) {
  return target ? <DisconnectContent key={`${target.network.id}-${target.member.id}`} target={target} onClose={onClose} /> : null;
}

function DisconnectContent({ target, onClose }: { target: DisconnectTarget; onClose(): void }) {
  const { t } = useTranslation('networks');
  const { network, member } = target;
  const [force, setForce] = useState(false);
  const disconnect = useOpMutation('networks.disconnect', {
    onSuccess: () => {
      notify({ severity: 'success', title: t('disconnect.done', { container: member.name, network: network.name }) });
      onClose();
    },
    onError: () => {},
  });
  return (
    <Dialog open onClose={disconnect.isPending ? undefined : onClose} aria-labelledby="disconnect-title">
      <DialogTitle id="disconnect-title">
        {t('disconnect.title', { container: member.name, network: network.name })}
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="body2">
          {member.state === 'running'
            ? member.ipv4Address
              ? t('disconnect.runningWithAddress', { network: network.name, address: member.ipv4Address })
              : t('disconnect.running', { network: network.name })
            : t('disconnect.stopped', { network: network.name })}
        </Typography>
        <FormControlLabel control={<Checkbox checked={force} onChange={(event) => setForce(event.target.checked)} />} label={t('disconnect.force')} />
        {disconnect.isError && <ErrorAlert error={disconnect.error} what={t('disconnect.failed')} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} autoFocus disabled={disconnect.isPending}>
          {t('disconnect.cancel')}
        </Button>
        <Button variant="contained" color="error" disabled={disconnect.isPending} onClick={() => disconnect.mutate({ network: network.id, container: member.id, force })}>
          {disconnect.isPending ? t('disconnect.submitting') : t('disconnect.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** docker network prune in two steps: the networks no container is on (never the engine's own), then exactly those. */
export function PruneNetworksDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return open ? <PruneContent onClose={onClose} /> : null;
}

function PruneContent({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('networks');
  const client = useBerthClient();
  const [opened] = useState(() => Date.now());
  const preview = useQuery({ queryKey: ['networks.prune', 'preview', opened], queryFn: () => client.call('networks.prune', { dryRun: true }), gcTime: 0 });
  const list = preview.data?.networks ?? [];
  const prune = useOpMutation('networks.prune', {
    onSuccess: (result) => {
      const kept = list.length - result.networks.length;
      notify({
        severity: 'success',
        title: t('prune.done', { count: result.networks.length }),
        message: kept > 0 ? t('prune.kept', { count: kept }) : undefined,
      });
      onClose();
    },
    onError: () => {},
  });
  return (
    <Dialog open onClose={prune.isPending ? undefined : onClose} aria-labelledby="prune-networks-title">
      <DialogTitle id="prune-networks-title">{t('prune.title')}</DialogTitle>
      <DialogContent>
        {preview.isPending && <Loading label={t('prune.loading')} />}
        {preview.isError && <ErrorAlert error={preview.error} what={t('prune.loadError')} />}
        {preview.data && list.length === 0 && <Typography variant="body2">{t('prune.nothing')}</Typography>}
        {list.length > 0 && (
          <>
            <Typography variant="body2" sx={{ mb: 1.5 }}>
              {t('prune.intro', { count: list.length })}
            </Typography>
            <ItemList label={t('prune.listLabel')}>
              {list.map((network) => (
                <Item key={network.id}>
                  <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }} noWrap>
                    {network.name}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {network.driver}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" sx={{ fontFamily: monoFont }}>
                    {network.id.slice(0, 12)}
                  </Typography>
                </Item>
              ))}
            </ItemList>
          </>
        )}
        {prune.isError && <PruneFailed error={prune.error} />}
      </DialogContent>
      <PruneActions count={list.length} noun={[t('prune.noun.one'), t('prune.noun.other')]} pending={prune.isPending} onCancel={onClose} onConfirm={() => prune.mutate({ ids: list.map((n) => n.id) })} />
    </Dialog>
  );
}
