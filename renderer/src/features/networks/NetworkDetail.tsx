import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import LinkOffOutlined from '@mui/icons-material/LinkOffOutlined';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMember, NetworkSummary } from '../../../../shared/contract/networks';
import { useOp } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { ContainerLink, containerStateWords } from '../../components/ContainerLinks';
import { ErrorAlert, Fact, Facts, Loading } from '../../components/PageParts';
import { formatDateTime } from '../../lib/time';
import { EngineUnavailable } from '../engine';
import { useEngineStatus } from '../../api/engine-status';
import { useLiveStates } from '../../api/container-states';
import { tableSx } from '../../components/table';
import { ConnectDialog } from './ConnectDialog';
import { DisconnectDialog, RemoveNetworkDialog, type DisconnectTarget } from './NetworkDialogs';
import { ALL_NETWORKS, connectRefusal, currentMembers, ownedWords } from './network-view';
import { PredefinedChip } from './PredefinedChip';
import { routes } from '../../../../shared/routes';
import { navigate } from '../../lib/routing';
import { DetailGone, DetailHeader } from '../../components/DetailHeader';

/** #/networks/<name or id>: one network, what it is, and the containers on it (connect, disconnect). */
export function NetworkDetail({ networkRef }: { networkRef: string }) {
  const { t } = useTranslation('networks');
  const engine = useEngineStatus();
  const list = useOp('networks.list', ALL_NETWORKS);
  const network = list.data?.find((n) => n.name === networkRef) ?? list.data?.find((n) => n.id === networkRef || (networkRef.length >= 12 && n.id.startsWith(networkRef)));

  if (engine?.state === 'unavailable') return <EngineUnavailable status={engine} />;
  if (!list.data && list.isError) return <Box sx={{ p: 3 }}><ErrorAlert error={list.error} what={t('detail.loadError')} /></Box>;
  if (!list.data) return <Loading label={t('detail.loading')} />;
  if (!network) {
    return (
      <DetailGone section={{ label: t('detail.section'), href: routes.networks() }}>{t('detail.gone', { name: networkRef })}</DetailGone>
    );
  }
  return <Detail network={network} />;
}

type DetailDialog = { kind: 'connect' } | { kind: 'remove' } | { kind: 'disconnect'; target: DisconnectTarget } | null;

function Detail({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation('networks');
  const live = useLiveStates();
  const members = useMemo(() => currentMembers(network, live), [network, live]);
  const [dialog, setDialog] = useState<DetailDialog>(null);
  const cannotConnect = connectRefusal(network, t);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <DetailHeader
        section={{ label: t('detail.section'), href: routes.networks() }}
        title={network.name}
        chips={
          <>
            {network.predefined && <PredefinedChip network={network} />}
            {network.internal && <Chip label={t('chip.internal')} variant="outlined" color="warning" sx={{ height: 20, fontSize: 11 }} />}
          </>
        }
        trail={
          <>
            {` · ${network.driver} · `}
            <Box component="span" sx={{ fontFamily: monoFont }}>
              {network.id.slice(0, 12)}
            </Box>
            {network.subnets.length > 0 && ` · ${network.subnets.map((s) => s.subnet).join(', ')}`}
          </>
        }
      >
        <Box role="toolbar" aria-label={t('detail.actionsLabel', { name: network.name })} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Tooltip title={cannotConnect ?? ''}>
            <span>
              <Button startIcon={<LinkOutlined fontSize="small" />} onClick={() => setDialog({ kind: 'connect' })} disabled={cannotConnect !== null}>
                {t('detail.connect')}
              </Button>
            </span>
          </Tooltip>
          <Tooltip title={network.predefined ? ownedWords(network, t) : ''}>
            <span>
              <Button color="error" startIcon={<DeleteOutlined fontSize="small" />} onClick={() => setDialog({ kind: 'remove' })} disabled={network.predefined}>
                {t('detail.remove')}
              </Button>
            </span>
          </Tooltip>
        </Box>
      </DetailHeader>
      <Paper variant="outlined" sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, overflow: 'auto', p: 2, display: 'flex', flexDirection: 'column', gap: 3 }}>
        {network.predefined && (
          <Alert severity="info" variant="outlined">
            {ownedWords(network, t)}
          </Alert>
        )}
        <Box component="section" aria-labelledby="network-members-title">
          <Typography id="network-members-title" variant="subtitle2" component="h2" sx={{ mb: 1 }}>
            {t('detail.containersTitle')}
          </Typography>
          {members.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('detail.noContainers', { name: network.name })}
            </Typography>
          ) : (
            <Box component="table" aria-label={t('detail.containersLabel', { name: network.name })} sx={tableSx}>
              <thead>
                <tr>
                  <th>{t('detail.table.container')}</th>
                  <th>{t('detail.table.state')}</th>
                  <th>{t('detail.table.ipv4')}</th>
                  <th>{t('detail.table.ipv6')}</th>
                  <th aria-label={t('detail.table.actions')} />
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <MemberRow key={member.id} member={member} network={network} onDisconnect={() => setDialog({ kind: 'disconnect', target: { network, member } })} />
                ))}
              </tbody>
            </Box>
          )}
        </Box>
        <Facts label={t('detail.facts.label')}>
          <Fact label={t('detail.facts.id')} mono>{network.id}</Fact>
          <Fact label={t('detail.facts.driver')}>{network.driver}</Fact>
          <Fact label={t('detail.facts.scope')}>{network.scope}</Fact>
          {network.subnets.length === 0 ? (
            <Fact label={t('detail.facts.subnet')}>{t('detail.facts.noSubnet')}</Fact>
          ) : (
            network.subnets.map((s) => (
              <Fact key={s.subnet} label={s.subnet.includes(':') ? t('detail.facts.ipv6Subnet') : t('detail.facts.subnet')} mono>
                {s.subnet}
                {s.gateway ? t('detail.facts.gateway', { gateway: s.gateway }) : ''}
              </Fact>
            ))
          )}
          <Fact label={t('detail.facts.internal')}>{network.internal ? t('detail.facts.internalYes') : t('detail.facts.no')}</Fact>
          <Fact label={t('detail.facts.ipv6')}>{network.ipv6 ? t('detail.facts.on') : t('detail.facts.off')}</Fact>
          <Fact label={t('detail.facts.attachable')}>{network.attachable ? t('detail.facts.yes') : t('detail.facts.no')}</Fact>
          <Fact label={t('detail.facts.created')}>{formatDateTime(network.created)}</Fact>
          <Fact label={t('detail.facts.labels')} mono>
            {Object.keys(network.labels).length === 0 ? '—' : Object.entries(network.labels).map(([k, v]) => `${k}=${v}`).join(', ')}
          </Fact>
        </Facts>
      </Paper>
      <ConnectDialog network={dialog?.kind === 'connect' ? network : null} onClose={() => setDialog(null)} />
      <RemoveNetworkDialog network={dialog?.kind === 'remove' ? network : null} members={members} onClose={() => setDialog(null)} onRemoved={() => navigate(routes.networks())} />
      <DisconnectDialog target={dialog?.kind === 'disconnect' ? dialog.target : null} onClose={() => setDialog(null)} />
    </Box>
  );
}

function MemberRow({ member, network, onDisconnect }: { member: NetworkMember; network: NetworkSummary; onDisconnect(): void }) {
  const { t } = useTranslation('networks');
  const fixed = network.driver === 'host' || network.driver === 'null';
  return (
    <tr>
      <td>
        <ContainerLink container={member} whole />
      </td>
      <td>{containerStateWords(member.state)}</td>
      <Box component="td" sx={{ fontFamily: monoFont, fontSize: 12.5 }}>
        {member.ipv4Address ?? <Box component="span" sx={{ color: 'text.disabled' }}>{member.state === 'running' ? '—' : t('detail.whileRunning')}</Box>}
      </Box>
      <Box component="td" sx={{ fontFamily: monoFont, fontSize: 12.5 }}>
        {member.ipv6Address ?? <Box component="span" sx={{ color: 'text.disabled' }}>—</Box>}
      </Box>
      <Box component="td" sx={{ textAlign: 'right' }}>
        <Tooltip title={fixed ? t('detail.fixedTooltip') : ''}>
          <span>
            <Button size="small" startIcon={<LinkOffOutlined fontSize="small" />} onClick={onDisconnect} disabled={fixed} aria-label={t('detail.disconnectLabel', { name: member.name })}>
              {t('detail.disconnect')}
            </Button>
          </span>
        </Tooltip>
      </Box>
    </tr>
  );
}
