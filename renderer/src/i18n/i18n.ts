import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
// The shell's own words and the error explanations are in the entry: the first paint never waits for a fetch
// (English is every language's fallback), and an error or a refusal can be worded from anywhere, at once.
import commonEn from './locales/en/common.json';
import errorsEn from './locales/en/errors.json';
import { loadWithRetry } from '../lib/lazy';
import { setFormatLocale } from '../lib/locale';
import type { UiLanguage } from '../../../shared/languages';
import { NAMESPACES } from './namespaces';


type Messages = Record<string, unknown>;

// Each language's namespace is a JSON file of the build, fetched when first used, and fetched again after a
// failure: Chromium aborts requests in flight when a network interface comes or goes (Docker adds one for every
// container it starts), and i18next does not retry a backend's failure, so one lost request would leave a view
// showing keys for good.
const urls = import.meta.glob<string>('./locales/*/*.json', { query: '?url', import: 'default', eager: true });
function load(language: string, namespace: string): Promise<Messages> {
  const url = urls[`./locales/${language}/${namespace}.json`];
  if (!url) return Promise.reject(new Error(`no resources for ${language}/${namespace}`));
  return loadWithRetry(async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as Messages;
  });
}

/** The pseudo-locale is English run through `pseudoLocalise`, which is only fetched when it is used. */
async function loadPseudo(namespace: string): Promise<Messages> {
  const bundled: Record<string, Messages> = { common: commonEn, errors: errorsEn };
  const [{ pseudoLocaliseTree }, messages] = await Promise.all([import('./pseudo'), bundled[namespace] ?? load('en', namespace)]);
  return pseudoLocaliseTree(messages);
}

/** One i18next instance for the renderer: ICU messages (plurals, numbers), resources fetched per namespace. */
export async function createI18n(language: UiLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  // A namespace that could not be loaded after the retries shows keys: say so where a report can find it.
  instance.on('failedLoading', (lng, ns, message) => console.error(`UI text ${lng}/${ns} could not be loaded: ${message}`));
  // Numbers, sizes and dates follow the words; <html lang> tells the browser (fonts, hyphenation, screen readers).
  instance.on('languageChanged', (lng) => {
    setFormatLocale(lng);
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  await instance
    .use(ICU)
    .use(resourcesToBackend((lng: string, ns: string) => (lng === 'en-XA' ? loadPseudo(ns) : load(lng, ns))))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: language === 'en-XA' ? false : 'en',
      resources: { en: { common: commonEn, errors: errorsEn } },
      // Bundled English `common` and `errors`, the rest through the backend.
      partialBundledLanguages: true,
      ns: ['common', 'errors'],
      defaultNS: 'common',
      // React escapes what it renders; escaping here too would show &amp; in the UI.
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  // Every namespace of the language, fetched now beside the first page's code rather than when the page first
  // asks (it then waits on its words only if they are slower than its chunk), and again for a new language: no
  // view or dialog later suspends for a fetch of its words.
  const loadAll = () => void instance.loadNamespaces([...NAMESPACES]);
  loadAll();
  instance.on('languageChanged', loadAll);
  return instance;
}
