import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { appSendsItsOwnRequests } from '../lib/early-requests';
import '../styles.css';
import { App, preloadRoute } from './App';
import { createAppI18n } from './i18n';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

const queryClient = createQueryClient();
const i18n = createAppI18n();
// The first requests leave now, not once the components that need them have mounted. React renders
// once the page's code and texts are there (they download with this entry: build/landing-preload.ts):
// rendered earlier, the page would suspend, and React holds back the content that replaces a
// fallback for 300 ms. Until then index.html shows a spinner.
appSendsItsOwnRequests();
const routeReady = preloadRoute(queryClient, window.location);

const render = () =>
  createRoot(container).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} i18n={i18n}>
        {/* Nothing above the pages should suspend (their texts load with them); a safety net. */}
        <Suspense fallback={null}>
          <App />
        </Suspense>
      </AppProviders>
    </StrictMode>,
  );

void routeReady.then(render);
