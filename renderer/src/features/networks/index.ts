/* The networks feature to the rest of the app: its page. */
import { lazyNamed } from '../../lib/lazy';

export const NetworksPage = lazyNamed(() => import('./NetworksPage'), 'NetworksPage');
