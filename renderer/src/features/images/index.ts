/* The images feature to the rest of the app: its page, the app bar's jobs indicator, the remove and prune dialogs, and the one way to pull. */
import { lazyNamed } from '../../lib/lazy';

export const ImagesPage = lazyNamed(() => import('./ImagesPage'), 'ImagesPage');
export { JobsIndicator } from './jobs/JobsIndicator';
export { PruneImagesDialog } from './PruneImagesDialog';
export { RemoveImagesDialog } from './RemoveImagesDialog';
export { startPull } from './start-pull';
