/* The settings feature to the rest of the app: its page, the settings themselves, and what keeps them in effect. */
import { lazyNamed } from '../../lib/lazy';

export const SettingsPage = lazyNamed(() => import('./SettingsPage'), 'SettingsPage');
export { StopOnQuitSwitch } from './StopOnQuitSwitch';
export { useSettings, useTrashSettings } from './useSettings';
export { useSettingsSync } from './useSettingsSync';
