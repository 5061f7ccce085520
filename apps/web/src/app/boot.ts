// The boot script: an entry of its own that index.html loads with <script type="module" async>, so it
// runs as soon as it has downloaded, long before the app's code has (build/landing-preload.ts). It
// starts what the first screen waits for, which the app would otherwise only ask for once its code
// has run: the session check, the dashboard's summary and the dashboard's texts in the user's language.
// The app takes the answers over (lib/early-requests.ts) and finds the texts in the module cache.
import { startEarlyRequest } from '../lib/early-requests';
import { DEFAULT_LOCALE, readStoredLocale } from '../lib/locale';

const script = document.querySelector<HTMLScriptElement>('script[data-landing-texts]');

startEarlyRequest('/api/auth/me');

// The dashboard without filters (the index route, where everyone lands after logging in). The same
// request with filters would have to name them exactly as the app does; that one is left to the app.
if (window.location.pathname === '/' && window.location.search === '') {
  startEarlyRequest('/api/dashboard/summary');
  // Its texts in the language the app will start in (src/app/i18n.ts), by file: { lang: [url, …] }.
  const texts = JSON.parse(script?.dataset.landingTexts ?? '{}') as Record<string, string[]>;
  for (const href of texts[readStoredLocale() ?? DEFAULT_LOCALE] ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
