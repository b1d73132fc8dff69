// The renderer's UI text for unit tests of pure modules that word things (row models, pickers, explanations):
// an i18next instance with every namespace read from the locale files, as the renderer has them once loaded.
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { NAMESPACES, type Namespace } from '../../renderer/src/i18n/namespaces';
import { setFormatLocale } from '../../renderer/src/lib/locale';

const localesDir = path.join(import.meta.dirname, '../../renderer/src/i18n/locales');

function read(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(localesDir, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
}

/** The `t` of one namespace (or several, `ns:key` then reaching the others) in a language, with Intl formatting set to it. */
export async function testT(namespace: Namespace | Namespace[], language: 'en' | 'zh-CN' = 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    ['en', language].map((lng) => [lng, Object.fromEntries(NAMESPACES.map((ns) => [ns, read(lng, ns)]))]),
  );
  await instance.use(ICU).init({ lng: language, fallbackLng: 'en', resources, ns: [...NAMESPACES], interpolation: { escapeValue: false } });
  setFormatLocale(language);
  return instance.getFixedT(language, namespace);
}
