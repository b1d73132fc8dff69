/* The engine feature to the rest of the app: its page, the header's status chip, the "engine away" notice every page shows, and the ssh host key question. */
import { lazyNamed } from '../../lib/lazy';

export const EnginePage = lazyNamed(() => import('./EnginePage'), 'EnginePage');
export { EngineStatusChip } from './EngineStatusChip';
export { EngineUnavailable } from './EngineUnavailable';
export { HostKeyPrompt } from './HostKeyPrompt';
