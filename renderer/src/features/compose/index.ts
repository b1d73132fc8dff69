/*
 * The compose feature to the rest of the app: its page (projects opened from files, and those the engine has by
 * their labels; loaded on demand), the app bar's indicator of compose runs, and the compose tool's words for
 * the Settings page.
 */
import { lazyNamed } from '../../lib/lazy';

export const ComposePage = lazyNamed(() => import('./ComposePage'), 'ComposePage');
export { ComposeJobsIndicator } from './jobs/ComposeJobsIndicator';
export { InstallHint } from './InstallHint';
export { toolLabel } from './compose-tool';
