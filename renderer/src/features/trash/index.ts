/* The "Recently removed" feature to the rest of the app: its page (loaded on demand). */
import { lazyNamed } from '../../lib/lazy';

export const TrashPage = lazyNamed(() => import('./TrashPage'), 'TrashPage');
