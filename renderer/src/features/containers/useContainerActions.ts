import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { useCall } from '../../api/hooks';
import { notifyError } from '../../components/notifications';
import { actionSpecs, type ContainerAction, type RemoveOptions } from './actions';
import { removableWithoutForce } from './removal';

/** How many engine calls a bulk action has in flight at once. */
const PARALLEL = 4;

interface ContainerActions {
  /** Runs an action on each container it applies to; failures are reported in the snackbar. */
  run(action: ContainerAction, containers: readonly ContainerSummary[], removeOptions?: RemoveOptions): Promise<void>;
  /** Containers with an action in flight, and which. */
  busy: ReadonlyMap<string, ContainerAction>;
}

/**
 * The page's action runner. It does not touch the cache: the engine's events for the action update the rows
 * (live-updater.ts), so what the table shows is always what the engine did.
 */
export function useContainerActions(): ContainerActions {
  const call = useCall();
  const { t } = useTranslation('containers');
  const [busy, setBusy] = useState<ReadonlyMap<string, ContainerAction>>(new Map());

  const run = useCallback(
    async (action: ContainerAction, containers: readonly ContainerSummary[], removeOptions?: RemoveOptions) => {
      const spec = actionSpecs[action];
      const targets = containers.filter((c) => spec.appliesTo(c) && (action !== 'remove' || removeOptions?.force || removableWithoutForce(c)));
      if (targets.length === 0) return;
      setBusy((current) => new Map([...current, ...targets.map((c) => [c.id, action] as const)]));

      const failures: { container: ContainerSummary; error: unknown }[] = [];
      const one = async (container: ContainerSummary) => {
        try {
          if (action === 'remove') {
            await call('containers.remove', { id: container.id, force: removeOptions?.force ?? false, volumes: removeOptions?.volumes ?? false });
          } else {
            await call(spec.op, { id: container.id });
          }
        } catch (error) {
          failures.push({ container, error });
        } finally {
          setBusy((current) => {
            const next = new Map(current);
            next.delete(container.id);
            return next;
          });
        }
      };
      const queue = [...targets];
      await Promise.all(
        Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
          for (let next = queue.shift(); next; next = queue.shift()) await one(next);
        }),
      );

      const [first] = failures;
      if (!first) return;
      const title =
        failures.length === 1
          ? t('action.failedOne', { action, name: first.container.name })
          : t('action.failedMany', { action, failed: failures.length, total: targets.length, name: first.container.name });
      notifyError(title, first.error);
    },
    [call, t],
  );

  return { run, busy };
}
