/* The registries feature to the rest of the app: its page, and the sign-in dialog a refused pull or push opens. */
import { lazyNamed } from '../../lib/lazy';

export const RegistriesPage = lazyNamed(() => import('./RegistriesPage'), 'RegistriesPage');
export { LoginDialog } from './LoginDialog';
