import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { connectToBerth } from './api/connection';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import { pickLanguage } from '../../shared/languages';

// The CSP forbids eval; zod's JIT would try `new Function` (and log a violation) before falling back.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const connection = connectToBerth();
// The saved language arrives with the settings and is applied then (useSettingsSync); until they do, the OS's.
void createI18n(pickLanguage('auto', navigator.languages)).then((i18n) =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App connection={connection} />
      </I18nextProvider>
    </StrictMode>,
  ),
);
