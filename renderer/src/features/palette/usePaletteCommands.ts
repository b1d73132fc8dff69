import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import type { ImageSummary } from '../../../../shared/contract/images';
import { routes } from '../../../../shared/routes';
import type { RunSpec } from '../../../../shared/run-spec';
import { invalidateOp, useCall } from '../../api/hooks';
import { notify, notifyError } from '../../components/notifications';
import { navigate } from '../../lib/routing';
import type { RunFormPrefill } from '../containers';
import { imageTitle, type PaletteCommand } from './palette-items';
import { paletteOpen } from './palette-store';

/** What a command needs after the palette closed: a confirmation or a dialog of its own. */
export type FollowUp =
  | { kind: 'remove-container'; container: ContainerSummary }
  | { kind: 'confirm'; verb: 'stop' | 'restart'; container: ContainerSummary }
  | { kind: 'remove-image'; image: ImageSummary; all: readonly ImageSummary[] }
  | { kind: 'run'; prefill: RunFormPrefill };

interface PaletteCommandsOptions {
  /** Stop and restart ask first (a setting). */
  confirmStops: boolean;
  onFollowUp(followUp: FollowUp): void;
  runContainerAction(verb: 'start' | 'stop' | 'restart', container: ContainerSummary): void;
}

/** Runs a palette command: the palette closes, then the page opens, the action runs or its dialog follows. */
export function usePaletteCommands({ confirmStops, onFollowUp, runContainerAction }: PaletteCommandsOptions) {
  const { t } = useTranslation('palette');
  const call = useCall();
  const queryClient = useQueryClient();

  const runAgain = async (spec: RunSpec) => {
    try {
      const result = await call('containers.run', spec);
      notify({ severity: 'success', title: spec.name ? t('started.named', { name: spec.name, image: spec.image }) : t('started.unnamed', { image: spec.image }), message: result.warnings.join(' ') || undefined });
      void invalidateOp(queryClient, 'settings.get'); // the recent runs' order changed
    } catch (error) {
      notifyError(t('runAgainFailed', { name: spec.name ?? spec.image }), error);
    }
  };

  return (command: PaletteCommand, images: readonly ImageSummary[]) => {
    paletteOpen.set(false);
    switch (command.type) {
      case 'go':
        return navigate(routes.section(command.section));
      case 'container': {
        const { container, verb } = command;
        if (verb === 'open') return navigate(routes.container(container.id));
        if (verb === 'logs') return navigate(routes.container(container.id, { tab: 'logs' }));
        if (verb === 'remove') return onFollowUp({ kind: 'remove-container', container });
        if ((verb === 'stop' || verb === 'restart') && confirmStops) return onFollowUp({ kind: 'confirm', verb, container });
        return runContainerAction(verb, container);
      }
      case 'image': {
        const { image, verb } = command;
        if (verb === 'open') return navigate(routes.image(image.id));
        if (verb === 'remove') return onFollowUp({ kind: 'remove-image', image, all: images });
        const reference = image.repository !== '<none>' ? imageTitle(image) : image.id;
        return void call('images.inspect', { image: image.id })
          .then((details) => details.config.exposedPorts.map((port) => `${port.port}/${port.protocol}`))
          .catch(() => [])
          .then((exposedPorts) => onFollowUp({ kind: 'run', prefill: { image: reference, exposedPorts } }));
      }
      case 'volume':
        return navigate(routes.volume(command.volume.name, { tab: command.verb === 'details' ? 'details' : 'files' }));
      case 'runAgain':
        return void runAgain(command.spec);
      case 'composeOpen':
        return navigate(routes.compose({ open: true }));
      case 'composeProject':
        return navigate(routes.composeProject(command.project.id));
    }
  };
}
