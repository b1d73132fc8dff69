/** The languages Berth's UI is written in; `en` is the source every other language is checked against. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
/**
 * A language the UI can be shown in: Berth's languages, and the pseudo-locale `en-XA` (accented, longer English)
 * that a browser or OS set to en-XA gets, so that the tests can see text that bypasses the resources.
 */
export type UiLanguage = Language | 'en-XA';
/** What Settings stores: a language, or `auto` to follow the OS/browser. */
export type LanguageSetting = Language | 'auto';

/**
 * The UI language for a setting and the locales the OS/browser prefers (`navigator.languages`, best first).
 * Any Chinese locale written in simplified script (zh, zh-CN, zh-SG, zh-Hans-*) reads zh-CN; traditional-script
 * ones (zh-TW, zh-HK, zh-Hant-*) fall to English until Berth has zh-TW, since simplified text is not what they read.
 */
export function pickLanguage(setting: LanguageSetting, preferred: readonly string[]): UiLanguage {
  if (setting !== 'auto') return setting;
  for (const tag of preferred) {
    if (tag === 'en-XA') return 'en-XA';
    const locale = safeLocale(tag);
    if (!locale) continue;
    if (locale.language === 'en') return 'en';
    if (locale.language === 'zh') {
      const script = locale.maximize().script;
      if (script === 'Hans') return 'zh-CN';
    }
  }
  return 'en';
}

function safeLocale(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined; // a malformed tag from the OS names no language; the next one may
  }
}
