import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { earlyLocale } from './app/early';
import { changeLocale, initI18n, isLocale } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Render only once the interface language is loaded, so no screen flashes in English first; on a
// new device the profile's language (asked for by early.js) is known before the first render too.
void Promise.all([initI18n(), earlyLocale()]).then(async ([, locale]) => {
  if (isLocale(locale)) await changeLocale(locale).catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
