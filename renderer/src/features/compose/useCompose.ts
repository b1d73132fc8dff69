import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeAction, ComposeFileProject, ComposeRunOptions } from '../../../../shared/contract/compose';
import { routes } from '../../../../shared/routes';
import { useBerthClient } from '../../api/BerthProvider';
import { invalidateOp, useOp } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { composeCli, defaultRunOptions } from './compose-tool';
import { startComposeJob } from './jobs/compose-jobs';

/** The containers list the containers page keeps live from the engine's events (the same query, not a second one). */
const ALL_CONTAINERS = { all: true };
const NO_INPUT = {};

export function useLiveContainers() {
  return useOp('containers.list', ALL_CONTAINERS);
}

/** The compose tool Berth would run, and its version. */
export function useComposeTool() {
  return useOp('compose.tool', NO_INPUT);
}

export function useOpenedProjects() {
  return useOp('compose.files.list', NO_INPUT);
}

/**
 * Each service's config hash as compose computes it from the files now; asked only when it can be answered (a
 * tool, files without errors). Refetched after every save and every run.
 */
export function useProjectHashes(id: string, enabled: boolean) {
  return useOp('compose.files.hashes', { id }, { enabled });
}

/**
 * Runs a compose action of a project as a job. Its end refetches the hashes and, when no view shows the job,
 * is announced with a way to the project.
 */
export function useComposeRun(project: ComposeFileProject): (action: ComposeAction, services?: readonly string[], options?: ComposeRunOptions) => number {
  const client = useBerthClient();
  const queryClient = useQueryClient();
  const tool = useComposeTool().data;
  const { t } = useTranslation('compose');
  return useCallback(
    (action, services = [], options = defaultRunOptions) =>
      startComposeJob(client, {
        project,
        action,
        services,
        options,
        command: composeCli(tool, project, action, services, options),
        onEnd: (job, watched) => {
          void invalidateOp(queryClient, 'compose.files.hashes', { id: project.id });
          if (watched || job.state === 'cancelled') return;
          const title = t(job.state === 'done' ? 'job.ended.done' : 'job.ended.failed', { action: t(`action.${job.action}`), project: job.project });
          const open = { label: t('job.openProject'), href: routes.composeProject(project.id) };
          notify(job.state === 'done' ? { severity: 'success', title, action: open } : { severity: 'error', title, error: job.error, action: open });
        },
      }),
    [client, queryClient, tool, project, t],
  );
}
