/* The engine feature to the rest of the app: its page, the header's status chip, and the "engine away" notice every page shows. */
import { lazyNamed } from '../../lib/lazy';

export const EnginePage = lazyNamed(() => import('./EnginePage'), 'EnginePage');
export { EngineStatusChip } from './EngineStatusChip';
export { EngineUnavailable } from './EngineUnavailable';
