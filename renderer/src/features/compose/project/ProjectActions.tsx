import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import BuildOutlined from '@mui/icons-material/BuildOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import CloudDownloadOutlined from '@mui/icons-material/CloudDownloadOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeAction, ComposeFileProject, ComposeModel, ComposeTool } from '../../../../../shared/contract/compose';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { useComposeJobs } from '../jobs/compose-jobs';
import { useComposeRun } from '../useCompose';
import { BuildDialog, DownDialog, UpDialog } from './RunDialogs';

/**
 * Why the project's compose commands cannot run now (null: they can): no tool, errors in the files, or a run of
 * this project still going (two at once would trip over each other's containers).
 */
export function useRunBlock(project: ComposeFileProject, tool: ComposeTool | undefined, model: ComposeModel | null): string | null {
  const { t } = useTranslation('compose');
  const running = useComposeJobs().some((job) => job.projectId === project.id && job.state === 'running');
  if (!tool?.flavour) return t('actions.noTool');
  // No model: the files have errors (the diagnostics say which).
  if (!model) return t('actions.hasErrors');
  if (running) return t('actions.running');
  return null;
}

export type RunDialog = 'up' | 'down' | 'build';

interface ProjectActionsProps {
  project: ComposeFileProject;
  model: ComposeModel | null;
  tool: ComposeTool | undefined;
  /** Why nothing can run now (useRunBlock), or null. */
  blocked: string | null;
  containers: readonly ContainerSummary[];
  /** The services ticked on the Services tab: what Up… offers first. */
  selected: ReadonlySet<string>;
  /** The dialog open (the Services tab opens Up… too). */
  dialog: RunDialog | null;
  onDialog(dialog: RunDialog | null): void;
  onClose(): void;
}

/** The project's commands: Up…, Down…, Start, Stop, Restart, Pull, Build…, each run as a job; and Close. */
export function ProjectActions({ project, model, tool, blocked, containers, selected, dialog, onDialog: setDialog, onClose }: ProjectActionsProps) {
  const { t } = useTranslation('compose');
  const run = useComposeRun(project);
  const builds = model?.services.some((service) => service.build !== null) ?? false;
  const go = (action: ComposeAction) => () => run(action);

  const action = (label: string, icon: ReactNode, onClick: () => void, options: { primary?: boolean; why?: string | null; testId: string }) => {
    const why = options.why ?? blocked;
    return (
      <Tooltip title={why ?? ''} key={options.testId}>
        <span>
          <Button
            size="small"
            variant={options.primary ? 'contained' : 'outlined'}
            color={options.primary ? 'primary' : 'inherit'}
            startIcon={icon}
            disabled={why !== null}
            onClick={onClick}
            data-testid={options.testId}
            sx={options.primary ? undefined : { borderColor: 'divider' }}
          >
            {label}
          </Button>
        </span>
      </Tooltip>
    );
  };

  const closeDialog = () => setDialog(null);
  return (
    <Box role="toolbar" aria-label={t('actions.label')} sx={{ display: 'flex', gap: 0.75, alignItems: 'center' }}>
      {action(t('actions.up'), <ArrowUpwardOutlined fontSize="small" />, () => setDialog('up'), { primary: true, testId: 'compose-up' })}
      {action(t('actions.down'), <ArrowDownwardOutlined fontSize="small" />, () => setDialog('down'), { testId: 'compose-down' })}
      {action(t('actions.start'), <PlayArrowOutlined fontSize="small" />, go('start'), { testId: 'compose-start' })}
      {action(t('actions.stop'), <StopOutlined fontSize="small" />, go('stop'), { testId: 'compose-stop' })}
      {action(t('actions.restart'), <RestartAltOutlined fontSize="small" />, go('restart'), { testId: 'compose-restart' })}
      {action(t('actions.pull'), <CloudDownloadOutlined fontSize="small" />, go('pull'), { testId: 'compose-pull' })}
      {action(t('actions.build'), <BuildOutlined fontSize="small" />, () => setDialog('build'), { testId: 'compose-build', why: blocked ?? (builds ? null : t('actions.nothingToBuild')) })}
      <Button size="small" color="inherit" startIcon={<CloseOutlined fontSize="small" />} onClick={onClose} data-testid="compose-close">
        {t('actions.close')}
      </Button>
      {model && (
        <>
          <UpDialog
            open={dialog === 'up'}
            project={project}
            model={model}
            tool={tool}
            initialServices={[...selected]}
            onClose={closeDialog}
            onRun={(services, options) => {
              closeDialog();
              run('up', services, options);
            }}
          />
          <DownDialog
            open={dialog === 'down'}
            project={project}
            model={model}
            tool={tool}
            containers={containers}
            onClose={closeDialog}
            onRun={(services, options) => {
              closeDialog();
              run('down', services, options);
            }}
          />
          <BuildDialog
            open={dialog === 'build'}
            project={project}
            model={model}
            tool={tool}
            onClose={closeDialog}
            onRun={(services, options) => {
              closeDialog();
              run('build', services, options);
            }}
          />
        </>
      )}
    </Box>
  );
}
