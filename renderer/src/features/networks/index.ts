/* The networks feature to the rest of the app: its page, and the network picker of the run dialog. */
import { lazyNamed } from '../../lib/lazy';

export const NetworksPage = lazyNamed(() => import('./NetworksPage'), 'NetworksPage');
export { NetworkPicker } from './NetworkPicker';
