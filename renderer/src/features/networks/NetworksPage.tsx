import AddOutlined from '@mui/icons-material/AddOutlined';
import CleaningServicesOutlined from '@mui/icons-material/CleaningServicesOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import SearchOff from '@mui/icons-material/SearchOff';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import type { TFunction } from 'i18next';
import { useDeferredValue, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkSummary } from '../../../../shared/contract/networks';
import { useOp } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { ContainerLinks } from '../../components/ContainerLinks';
import { EmptyState, Loading, LoadError, PageTitle } from '../../components/PageParts';
import { RelativeTime } from '../../components/grid/grid-parts';
import { ResourceGrid, type GridColumn } from '../../components/grid/ResourceGrid';
import { SearchField } from '../../components/SearchField';
import { formatDateTime } from '../../lib/time';
import { EngineUnavailable } from '../engine';
import { useEngineStatus } from '../../api/engine-status';
import { useLiveStates } from '../../api/container-states';
import type { LiveStates } from '../../api/container-states';
import { ConnectDialog } from './ConnectDialog';
import { CreateNetworkDialog } from './CreateNetworkDialog';
import { NetworkDetail } from './NetworkDetail';
import { PruneNetworksDialog, RemoveNetworkDialog } from './NetworkDialogs';
import { PredefinedChip } from './PredefinedChip';
import { ALL_NETWORKS, buildNetworkView, connectRefusal, currentMembers, gatewayText, nextNetworkSort, ownedWords, subnetText, type NetworkSort, type NetworkSortKey } from './network-view';
import { routes } from '../../../../shared/routes';
import { navigate, useRoute } from '../../lib/routing';

/** #/networks is the list; #/networks/<id or name> one network with its containers. */
export function NetworksPage() {
  const route = useRoute();
  if (route.page === 'network') return <NetworkDetail key={route.ref} networkRef={route.ref} />;
  return <NetworkList />;
}

type Dialog = { kind: 'create' } | { kind: 'prune' } | { kind: 'connect'; network: NetworkSummary } | { kind: 'remove'; network: NetworkSummary };

function NetworkList() {
  const { t } = useTranslation('networks');
  const engine = useEngineStatus();
  const list = useOp('networks.list', ALL_NETWORKS);
  const live = useLiveStates();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [sort, setSort] = useState<NetworkSort>({ key: 'name', direction: 'asc' });
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const all = list.data;
  const rows = useMemo(() => buildNetworkView(all ?? [], deferredSearch, sort), [all, deferredSearch, sort]);
  const columns = useMemo(() => networkColumns(live, setDialog, t), [live, t]);
  const own = all?.filter((n) => !n.predefined).length ?? 0;

  let content;
  if (engine?.state === 'unavailable') content = <EngineUnavailable status={engine} />;
  else if (!all && list.isError && !list.isFetching) content = <LoadError error={list.error} what={t('page.loadError')} onRetry={() => void list.refetch()} />;
  else if (!all) content = <Loading label={t('page.loading')} />;
  else if (rows.length === 0) {
    const query = deferredSearch.trim();
    content = (
      <EmptyState icon={<SearchOff />} title={t('page.noMatch', { query })}>
        <Button variant="outlined" onClick={() => setSearch('')}>
          {t('page.clearSearch')}
        </Button>
      </EmptyState>
    );
  } else {
    content = (
      <ResourceGrid
        label={t('page.gridLabel')}
        rows={rows}
        columns={columns}
        rowKey={(n) => n.id}
        rowLabel={(n) => n.name}
        sort={sort}
        onSort={(key) => setSort((current) => nextNetworkSort(current, key))}
        onOpen={(n) => navigate(routes.network(n.name))}
        onDelete={(n) => setDialog({ kind: 'remove', network: n })}
        minWidth={900}
        narrowBelow={1000}
      />
    );
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1.25, minHeight: 56, flexWrap: 'wrap' }}>
        <PageTitle title={t('page.title')} counts={all && engine?.state !== 'unavailable' ? t('page.counts', { count: all.length, own }) : null} />
        <SearchField value={search} onChange={setSearch} label={t('page.search')} />
        <Box sx={{ flex: 1 }} />
        <Button variant="outlined" color="inherit" startIcon={<CleaningServicesOutlined fontSize="small" />} onClick={() => setDialog({ kind: 'prune' })} sx={{ borderColor: 'divider' }}>
          {t('page.prune')}
        </Button>
        <Button variant="contained" startIcon={<AddOutlined fontSize="small" />} onClick={() => setDialog({ kind: 'create' })}>
          {t('page.create')}
        </Button>
      </Box>
      <Paper variant="outlined" sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden', position: 'relative' }}>
        {list.isFetching && all && <LinearProgress aria-label={t('page.refreshing')} sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2, zIndex: 3 }} />}
        {content}
      </Paper>
      <CreateNetworkDialog open={dialog?.kind === 'create'} onClose={() => setDialog(null)} />
      <PruneNetworksDialog open={dialog?.kind === 'prune'} onClose={() => setDialog(null)} />
      <ConnectDialog network={dialog?.kind === 'connect' ? dialog.network : null} onClose={() => setDialog(null)} />
      <RemoveNetworkDialog
        network={dialog?.kind === 'remove' ? dialog.network : null}
        members={dialog?.kind === 'remove' ? currentMembers(dialog.network, live) : []}
        onClose={() => setDialog(null)}
      />
    </Box>
  );
}

function rowButton(label: string, tooltip: string, icon: ReactElement, tabbable: boolean, onClick: () => void, disabled = false) {
  return (
    <Tooltip title={tooltip} key={label}>
      {/* A span keeps the tooltip (the reason) on a disabled button. */}
      <span>
        <IconButton aria-label={label} tabIndex={tabbable ? 0 : -1} onClick={onClick} disabled={disabled} sx={{ color: 'text.secondary', p: '3px' }}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

const yes = (on: boolean, t: TFunction) => (on ? t('columns.yes') : <Box component="span" sx={{ color: 'text.disabled' }}>{t('columns.no')}</Box>);

function networkColumns(live: LiveStates, open: (dialog: Dialog) => void, t: TFunction): GridColumn<NetworkSummary, NetworkSortKey>[] {
  return [
    {
      id: 'name',
      label: t('columns.name'),
      width: 'minmax(170px, 1.5fr)',
      narrow: 'minmax(150px, 1.5fr)',
      sortKey: 'name',
      title: (n) => `${n.name}\n${n.id}`,
      render: (n) => (
        <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
          <Link href={routes.network(n.name)} tabIndex={-1} underline="hover" color="inherit" sx={{ fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {n.name}
          </Link>
          {n.predefined && <PredefinedChip network={n} />}
        </Box>
      ),
    },
    { id: 'driver', label: t('columns.driver'), width: '88px', sortKey: 'driver', render: (n) => <Box component="span" sx={{ color: 'text.secondary' }}>{n.driver}</Box> },
    { id: 'scope', label: t('columns.scope'), width: '80px', sortKey: 'scope', render: (n) => <Box component="span" sx={{ color: 'text.secondary' }}>{n.scope}</Box> },
    {
      id: 'subnet',
      label: t('columns.subnet'),
      width: 'minmax(130px, 1fr)',
      narrow: 'minmax(120px, 1fr)',
      sortKey: 'subnet',
      title: subnetText,
      render: (n) => <Box component="span" sx={{ fontFamily: monoFont, fontSize: 12 }}>{subnetText(n) || <Box component="span" sx={{ color: 'text.disabled' }}>—</Box>}</Box>,
    },
    {
      id: 'gateway',
      label: t('columns.gateway'),
      width: 'minmax(100px, 0.8fr)',
      title: gatewayText,
      render: (n) => <Box component="span" sx={{ fontFamily: monoFont, fontSize: 12, color: 'text.secondary' }}>{gatewayText(n) || '—'}</Box>,
    },
    // Left out of a narrow grid: the network's page says it.
    { id: 'internal', label: t('columns.internal'), width: '68px', narrow: null, render: (n) => yes(n.internal, t) },
    {
      id: 'containers',
      label: t('columns.containers'),
      width: 'minmax(170px, 1.4fr)',
      narrow: 'minmax(140px, 1.4fr)',
      sortKey: 'containers',
      render: (n, tabbable) => <ContainerLinks containers={currentMembers(n, live)} none={t('columns.noContainers')} tabbable={tabbable} />,
    },
    {
      id: 'created',
      label: t('columns.created'),
      width: '100px',
      sortKey: 'created',
      title: (n) => formatDateTime(n.created),
      render: (n) => <Box component="span" sx={{ color: 'text.secondary' }}><RelativeTime at={n.created} /></Box>,
    },
    {
      id: 'actions',
      label: t('columns.actions'),
      width: '76px',
      align: 'right',
      render: (n, tabbable) => {
        const cannotConnect = connectRefusal(n, t);
        return (
          <Box component="span" sx={{ display: 'inline-flex', gap: 0.25 }}>
            {rowButton(t('row.connectLabel', { name: n.name }), cannotConnect ?? t('row.connectTooltip'), <LinkOutlined fontSize="small" />, tabbable, () => open({ kind: 'connect', network: n }), cannotConnect !== null)}
            {rowButton(t('row.removeLabel', { name: n.name }), n.predefined ? ownedWords(n, t) : t('row.removeTooltip'), <DeleteOutlined fontSize="small" />, tabbable, () => open({ kind: 'remove', network: n }), n.predefined)}
          </Box>
        );
      },
    },
  ];
}
