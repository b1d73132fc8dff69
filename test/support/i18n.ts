// The renderer's UI text for unit tests of pure modules that word things (row models, pickers, explanations):
// an i18next instance with every namespace read from the locale files, as the renderer has them once loaded.
import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { NAMESPACES, type Namespace } from '../../renderer/src/i18n/namespaces';
import { setFormatLocale } from '../../renderer/src/lib/locale';
import { readNamespace } from './locales';

/** The `t` of one namespace (or several, `ns:key` then reaching the others) in a language, with Intl formatting set to it. */
export async function testT(namespace: Namespace | Namespace[], language: 'en' | 'zh-CN' = 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    ['en', language].map((lng) => [lng, Object.fromEntries(NAMESPACES.map((ns) => [ns, readNamespace(lng, ns)]))]),
  );
  await instance.use(ICU).init({ lng: language, fallbackLng: 'en', resources, ns: [...NAMESPACES], interpolation: { escapeValue: false } });
  setFormatLocale(language);
  return instance.getFixedT(language, namespace);
}
