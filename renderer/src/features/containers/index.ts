/*
 * What the rest of the app uses of the containers feature: its page (loaded on demand), the run dialog (the
 * images page and the palette prefill it), removing and pruning with confirmation, the action runner, and a compose project's merged logs.
 */
import { lazyNamed } from '../../lib/lazy';

export const ContainersPage = lazyNamed(() => import('./ContainersPage'), 'ContainersPage');
export { RunDialog } from './run/RunDialog';
export type { RunFormPrefill } from './run/run-form';
export { RemoveDialog } from './RemoveDialog';
export { PruneDialog as PruneContainersDialog } from './PruneDialog';
export { useContainerActions } from './useContainerActions';
export { ComposeLogsView } from './compose/ComposeLogsView';
