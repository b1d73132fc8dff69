import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeFileProject, ComposeModel } from '../../../../../shared/contract/compose';
import { ComposeLogsView } from '../../containers';
import { ComposeErrorAlert } from '../ComposeError';
import { projectContainers } from '../sync';
import { useLiveContainers } from '../useCompose';

/**
 * The project's containers' logs merged (each line naming its container), for all services or those chosen
 * with the chips; follow and how many lines each container starts with.
 */
export function ProjectLogs({ project, model, services, onServices }: { project: ComposeFileProject; model: ComposeModel | null; services: readonly string[]; onServices(next: readonly string[]): void }) {
  const { t } = useTranslation('compose');
  const containers = useLiveContainers();
  // The file's services; with files that do not read, the services its containers were made for.
  const all = useMemo(
    () => model?.services.map((service) => service.name) ?? [...new Set(projectContainers(containers.data ?? [], project.name).flatMap((c) => c.composeService ?? []))].sort(),
    [model, containers.data, project.name],
  );
  const toggle = (service: string) => onServices(services.includes(service) ? services.filter((s) => s !== service) : all.filter((s) => s === service || services.includes(s)));

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box role="group" aria-label={t('logs.servicesLabel')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Chip size="small" label={t('logs.allServices')} color={services.length === 0 ? 'primary' : 'default'} variant={services.length === 0 ? 'filled' : 'outlined'} onClick={() => onServices([])} aria-pressed={services.length === 0} />
        {all.map((service) => {
          const on = services.includes(service);
          return <Chip key={service} size="small" label={service} color={on ? 'primary' : 'default'} variant={on ? 'filled' : 'outlined'} onClick={() => toggle(service)} aria-pressed={on} data-log-service={service} />;
        })}
      </Box>
      <ComposeLogsView
        project={project.name}
        services={services}
        label={t('logs.label', { project: project.name })}
        failure={(error) => (
          <Box sx={{ p: 1.5 }}>
            <ComposeErrorAlert error={error} what={t('logs.failed')} />
          </Box>
        )}
      />
    </Box>
  );
}
