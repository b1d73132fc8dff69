/* The volumes feature to the rest of the app: its page, the volume picker of the run dialog, a container's mounts (tab and rows), and the prune dialog. */
import { lazyNamed } from '../../lib/lazy';

export const VolumesPage = lazyNamed(() => import('./VolumesPage'), 'VolumesPage');
export { MountsTab } from './MountsTab';
export { mountRows } from './mounts';
export { PruneVolumesDialog } from './PruneVolumesDialog';
export { VolumePicker } from './VolumePicker';
