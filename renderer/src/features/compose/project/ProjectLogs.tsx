import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeFileProject, ComposeModel } from '../../../../../shared/contract/compose';
import { LogView } from '../../../components/log/LogView';
import { ComposeErrorAlert } from '../ComposeError';
import { useComposeLogs } from '../logs/useComposeLogs';
import { projectContainers } from '../sync';
import { useLiveContainers } from '../useCompose';

const TAILS = [50, 200, 1000, 10000] as const;
/** Selects as tall as the toggle buttons beside them. */
const compact = { '& .MuiSelect-select': { py: '5px' } } as const;

/**
 * The project's containers' logs merged (each line naming its container), for all services or those chosen
 * with the chips; follow and how many lines each container starts with.
 */
export function ProjectLogs({ project, model, services, onServices }: { project: ComposeFileProject; model: ComposeModel | null; services: readonly string[]; onServices(next: readonly string[]): void }) {
  const { t } = useTranslation('compose');
  const containers = useLiveContainers();
  const [follow, setFollow] = useState(true);
  const [tail, setTail] = useState<number>(200);
  const [timestamps, setTimestamps] = useState(false);
  // The file's services; with files that do not read, the services its containers were made for.
  const all = useMemo(
    () => model?.services.map((service) => service.name) ?? [...new Set(projectContainers(containers.data ?? [], project.name).flatMap((c) => c.composeService ?? []))].sort(),
    [model, containers.data, project.name],
  );
  const { store, state } = useComposeLogs({ project: project.name, services: [...services], tail, follow });
  const toggle = (service: string) => onServices(services.includes(service) ? services.filter((s) => s !== service) : all.filter((s) => s === service || services.includes(s)));
  const status = state.phase === 'loading' ? t('logs.waiting') : state.phase === 'following' ? t('logs.following') : state.phase === 'ended' ? t('logs.ended') : t('logs.stopped');

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box role="group" aria-label={t('logs.servicesLabel')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Chip size="small" label={t('logs.allServices')} color={services.length === 0 ? 'primary' : 'default'} variant={services.length === 0 ? 'filled' : 'outlined'} onClick={() => onServices([])} aria-pressed={services.length === 0} />
        {all.map((service) => {
          const on = services.includes(service);
          return <Chip key={service} size="small" label={service} color={on ? 'primary' : 'default'} variant={on ? 'filled' : 'outlined'} onClick={() => toggle(service)} aria-pressed={on} data-log-service={service} />;
        })}
      </Box>
      {state.phase === 'failed' && (
        <Box sx={{ p: 1.5 }}>
          <ComposeErrorAlert error={state.error} what={t('logs.failed')} />
        </Box>
      )}
      <LogView
        store={store}
        label={t('logs.label', { project: project.name })}
        fileName={project.name}
        showTimestamps={timestamps}
        status={status}
        emptyText={t('logs.empty')}
        controls={
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <ToggleButton value="follow" selected={follow} onChange={() => setFollow((v) => !v)} aria-label={t('logs.follow')}>
              {t('logs.follow')}
            </ToggleButton>
            <TextField select value={tail} onChange={(event) => setTail(Number(event.target.value))} sx={{ width: 220, ...compact }} slotProps={{ select: { inputProps: { 'aria-label': t('logs.tailLabel') } } }}>
              {TAILS.map((n) => (
                <MenuItem key={n} value={n}>
                  {t('logs.tail', { count: n })}
                </MenuItem>
              ))}
            </TextField>
            <ToggleButton value="timestamps" selected={timestamps} onChange={() => setTimestamps((v) => !v)} aria-label={t('logs.timestamps')}>
              {t('logs.timestamps')}
            </ToggleButton>
          </Box>
        }
      />
    </Box>
  );
}
