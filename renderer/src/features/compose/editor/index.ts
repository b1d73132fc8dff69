/*
 * The compose file editor, for the compose pages: loaded on demand, in a chunk of its own with CodeMirror and
 * the compose-spec schema, so that neither weighs on the first page.
 */
import { lazyNamed } from '../../../lib/lazy';

export const ComposeEditor = lazyNamed(() => import('./ComposeEditor'), 'ComposeEditor');
