import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { pickLanguage, type LanguageSetting } from '../../shared/languages.js';
import en from './locales/en/shell.json';
import zhCN from './locales/zh-CN/shell.json';

/** The words of the tray and of main's own dialogs, in the language the window shows (Settings › Language). */
export type ShellT = TFunction<'shell'>;

export interface ShellText {
  t: ShellT;
  /** Follows the saved setting; `auto` reads the OS's preferred languages, as the renderer reads the browser's. */
  follow(setting: LanguageSetting, systemLanguages: readonly string[]): void;
}

export function createShellText(setting: LanguageSetting = 'auto', systemLanguages: readonly string[] = []): ShellText {
  const instance = i18next.createInstance();
  const language = (value: LanguageSetting, system: readonly string[]) => {
    const picked = pickLanguage(value, system);
    return picked === 'en-XA' ? 'en' : picked; // the pseudo-locale is the renderer's test aid
  };
  // Resources are in the bundle, so initialisation is synchronous and `t` works from the first tray render.
  void instance.use(ICU).init({
    lng: language(setting, systemLanguages),
    fallbackLng: 'en',
    ns: ['shell'],
    defaultNS: 'shell',
    resources: { en: { shell: en }, 'zh-CN': { shell: zhCN } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return {
    t: instance.t.bind(instance) as ShellT,
    follow(value, system) {
      const next = language(value, system);
      if (next !== instance.language) void instance.changeLanguage(next);
    },
  };
}
