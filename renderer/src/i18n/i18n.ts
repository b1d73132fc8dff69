import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages';

/** Namespaces: `common` for the shell and shared components, one per feature, each loaded when first used. */
export const NAMESPACES = ['common'] as const;
export type Namespace = (typeof NAMESPACES)[number];

// Vite turns this into one lazily fetched chunk per language and namespace.
const load = (language: string, namespace: string) => import(`./locales/${language}/${namespace}.json`);

/** One i18next instance for the renderer: ICU messages (plurals, numbers), resources fetched per namespace. */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(ICU)
    .use(resourcesToBackend(load))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      ns: ['common'],
      defaultNS: 'common',
      // React escapes what it renders; escaping here too would show &amp; in the UI.
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  return instance;
}
