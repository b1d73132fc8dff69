/* The images feature to the rest of the app: its page, the app bar's jobs indicator, and the remove and prune dialogs. */
import { lazyNamed } from '../../lib/lazy';

export const ImagesPage = lazyNamed(() => import('./ImagesPage'), 'ImagesPage');
export { JobsIndicator } from './jobs/JobsIndicator';
export { PruneImagesDialog } from './PruneImagesDialog';
export { RemoveImagesDialog } from './RemoveImagesDialog';
