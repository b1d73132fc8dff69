/*
 * The locale numbers, sizes, dates and durations are written in: the UI language's (set by the i18n setup when
 * the language changes). A module value rather than React context, because these formatters are plain
 * functions called from row models and columns as well as components; a language change re-renders the views
 * that use them, as every view also reads its words from react-i18next.
 */
let active = 'en';
let language = 'en';

export function setFormatLocale(locale: string): void {
  language = locale;
  // The pseudo-locale is English underneath; Intl does not know it.
  active = locale === 'en-XA' ? 'en' : locale;
}

/** The UI language itself (en, zh-CN, or the pseudo-locale en-XA), for text that is English only in English. */
export function uiLanguage(): string {
  return language;
}

export function formatLocale(): string {
  return active;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the active locale: 20,000 in English, 20,000 in 简体中文 too, 20 000 where that is the custom. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `${active}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(active, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}
