/* The images feature to the rest of the app: its page, the app bar's jobs indicator, the remove and prune dialogs, the one way to pull, and the image picker of the run dialog. */
import { lazyNamed } from '../../lib/lazy';

export const ImagesPage = lazyNamed(() => import('./ImagesPage'), 'ImagesPage');
export { ImagePicker } from './ImagePicker';
export { JobsIndicator } from './jobs/JobsIndicator';
export { PruneImagesDialog } from './PruneImagesDialog';
export { RemoveImagesDialog } from './RemoveImagesDialog';
export { startPull } from './start-pull';
