import type { TFunction } from 'i18next';
import type { ComposeJob } from './compose-jobs';

/** "Up web, db", "Down myapp": the action and the services it names (else the project), `t` of the compose namespace. */
export function jobTitle(t: TFunction, job: Pick<ComposeJob, 'action' | 'services' | 'project'>): string {
  const action = t(`action.${job.action}`);
  return job.services.length > 0 ? t('job.titleServices', { action, services: job.services.join(', ') }) : t('job.title', { action, project: job.project });
}
