import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import NotesOutlined from '@mui/icons-material/NotesOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { alpha, useTheme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeFileProject, ComposeModel, ComposeServiceModel } from '../../../../../shared/contract/compose';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { routes } from '../../../../../shared/routes';
import { StateChip } from '../../../components/StateChip';
import { monoFont } from '../../../components/theme';
import { ComposeErrorAlert } from '../ComposeError';
import { fileName } from '../editor/file-name';
import { serviceContainers, syncState, type SyncState } from '../sync';
import { useComposeRun } from '../useCompose';

interface ServicesTabProps {
  project: ComposeFileProject;
  model: ComposeModel;
  containers: readonly ContainerSummary[];
  hashes: Readonly<Record<string, string>> | undefined;
  /** The hashes are being asked for (the sync states not known yet). */
  hashesPending: boolean;
  hashesError: unknown;
  /** Why nothing can run now, or null. */
  blocked: string | null;
  selected: ReadonlySet<string>;
  onSelect(next: ReadonlySet<string>): void;
  /** Up… for the ticked services (the dialog, with its options). */
  onUpSelected(): void;
  onLogs(service: string): void;
}

/**
 * The services of the files, each with its settings, its containers as they are now (from the engine's events)
 * and whether they were made from the files as they are (`data-sync`); tick some for Up.
 */
export function ServicesTab({ project, model, containers, hashes, hashesPending, hashesError, blocked, selected, onSelect, onUpSelected, onLogs }: ServicesTabProps) {
  const { t } = useTranslation('compose');
  const run = useComposeRun(project);
  const names = model.services.map((service) => service.name);
  const ticked = names.filter((name) => selected.has(name));
  const toggle = (name: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(name);
    else next.delete(name);
    onSelect(next);
  };
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider', position: 'sticky', top: 0, bgcolor: 'background.paper', zIndex: 1 }}>
        <Checkbox
          size="small"
          checked={ticked.length > 0 && ticked.length === names.length}
          indeterminate={ticked.length > 0 && ticked.length < names.length}
          onChange={(event) => onSelect(event.target.checked ? new Set(names) : new Set())}
          slotProps={{ input: { 'aria-label': t('services.selectAll') } }}
        />
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {ticked.length > 0 ? t('services.selected', { count: ticked.length }) : t('services.count', { count: names.length })}
        </Typography>
        <Tooltip title={blocked ?? ''}>
          <span>
            <Button size="small" variant="outlined" startIcon={<ArrowUpwardOutlined fontSize="small" />} disabled={ticked.length === 0 || blocked !== null} onClick={onUpSelected} data-testid="compose-up-selected">
              {t('services.upSelected', { count: ticked.length })}
            </Button>
          </span>
        </Tooltip>
      </Box>
      {hashesError !== null && hashesError !== undefined && (
        <Box sx={{ p: 1.5 }}>
          <ComposeErrorAlert error={hashesError} what={t('services.hashesFailed')} />
        </Box>
      )}
      <Box component="ul" aria-label={t('services.label')} sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {model.services.map((service) => {
          const mine = serviceContainers(containers, project.name, service.name);
          return (
            <ServiceRow
              key={service.name}
              service={service}
              containers={mine}
              sync={syncState(mine, hashes?.[service.name])}
              checking={hashesPending}
              checked={selected.has(service.name)}
              onCheck={(on) => toggle(service.name, on)}
              blocked={blocked}
              onRun={(action) => run(action, [service.name])}
              onLogs={() => onLogs(service.name)}
            />
          );
        })}
      </Box>
    </Box>
  );
}

function ServiceRow({
  service,
  containers,
  sync,
  checking,
  checked,
  onCheck,
  blocked,
  onRun,
  onLogs,
}: {
  service: ComposeServiceModel;
  containers: readonly ContainerSummary[];
  sync: SyncState;
  checking: boolean;
  checked: boolean;
  onCheck(on: boolean): void;
  blocked: string | null;
  onRun(action: 'up' | 'stop' | 'restart'): void;
  onLogs(): void;
}) {
  const { t } = useTranslation('compose');
  const { name } = service;
  const rowAction = (label: string, tip: string, icon: ReactNode, onClick: () => void, disabled: boolean) => (
    <Tooltip title={disabled && blocked ? blocked : tip}>
      <span>
        <IconButton size="small" aria-label={label} disabled={disabled} onClick={onClick}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  const facts: [string, ReactNode][] = [
    [t('services.ports'), service.ports.join(', ')],
    [t('services.volumes'), service.volumes.join(', ')],
    [t('services.networks'), service.networks.length > 0 ? service.networks.join(', ') : t('services.defaultNetwork')],
    [t('services.dependsOn'), service.dependsOn.join(', ')],
    [t('services.healthcheck'), service.healthcheck ?? ''],
    [t('services.profiles'), service.profiles.join(', ')],
  ];
  return (
    <Box
      component="li"
      aria-label={name}
      data-service={name}
      data-sync={sync}
      sx={{ px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider', bgcolor: checked ? 'action.selected' : undefined }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Checkbox size="small" checked={checked} onChange={(event) => onCheck(event.target.checked)} slotProps={{ input: { 'aria-label': t('services.select', { name }) } }} />
        <Typography component="h3" sx={{ fontWeight: 600, fontFamily: monoFont, fontSize: 14 }}>
          {name}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ fontFamily: monoFont, fontSize: 12.5, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: 360 }} title={service.image ?? service.build?.context}>
          {service.build ? t('services.build', { context: service.build.context }) : service.image}
          {service.build && service.image ? ` → ${service.image}` : ''}
        </Typography>
        <SyncChip state={sync} checking={checking} />
        <Box sx={{ flex: 1 }} />
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }} aria-label={t('services.containers', { name })} role="group">
          {containers.map((container) => (
            <Box key={container.id} component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
              <Link href={routes.container(container.id)} underline="hover" color="inherit" sx={{ fontSize: 12.5 }}>
                {container.name}
              </Link>
              <StateChip container={container} busy={false} />
            </Box>
          ))}
        </Box>
        <Box sx={{ display: 'flex' }}>
          {rowAction(t('services.up', { name }), t('services.upTip'), <ArrowUpwardOutlined fontSize="small" />, () => onRun('up'), blocked !== null)}
          {rowAction(t('services.stop', { name }), t('services.stopTip'), <StopOutlined fontSize="small" />, () => onRun('stop'), blocked !== null || containers.length === 0)}
          {rowAction(t('services.restart', { name }), t('services.restartTip'), <RestartAltOutlined fontSize="small" />, () => onRun('restart'), blocked !== null || containers.length === 0)}
          {rowAction(t('services.logs', { name }), t('services.logsTip'), <NotesOutlined fontSize="small" />, onLogs, false)}
        </Box>
      </Box>
      <Box component="dl" sx={{ m: 0, mt: 0.5, pl: 5, display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.25, fontSize: 12.5 }}>
        {facts
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <Box key={label} sx={{ display: 'flex', gap: 0.75, minWidth: 0 }}>
              <Box component="dt" sx={{ color: 'text.secondary' }}>
                {label}
              </Box>
              <Box component="dd" sx={{ m: 0, fontFamily: monoFont, wordBreak: 'break-all' }}>
                {value}
              </Box>
            </Box>
          ))}
        <Box sx={{ display: 'flex', gap: 0.75 }}>
          <Box component="dt" sx={{ color: 'text.secondary' }}>
            {t('services.declared')}
          </Box>
          <Box component="dd" sx={{ m: 0, fontFamily: monoFont }} title={service.file}>
            {t('services.declaredAt', { file: fileName(service.file), line: service.line })}
          </Box>
        </Box>
      </Box>
    </Box>
  );
}

/** Whether a service's containers were made from the files as they are now; `checking` while compose is asked. */
function SyncChip({ state, checking }: { state: SyncState; checking: boolean }) {
  const { t } = useTranslation('compose');
  const theme = useTheme();
  const color = state === 'up-to-date' ? theme.palette.success.main : state === 'out-of-date' ? theme.palette.warning.main : theme.palette.text.secondary;
  return (
    <Box
      component="span"
      title={state === 'unknown' && checking ? undefined : t(`sync.tip.${state}`)}
      sx={{ display: 'inline-flex', alignItems: 'center', height: 20, px: 1, borderRadius: 10, fontSize: 12, fontWeight: 500, whiteSpace: 'nowrap', color, border: `1px solid ${alpha(color, 0.35)}`, bgcolor: alpha(color, 0.08) }}
    >
      {state === 'unknown' && checking ? t('sync.checking') : t(`sync.${state}`)}
    </Box>
  );
}
