import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles.css';
import { App } from './App';
import { createAppI18n } from './i18n';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()} i18n={createAppI18n()}>
      {/* Nothing above the pages should suspend (their texts load with them); a safety net. */}
      <Suspense fallback={null}>
        <App />
      </Suspense>
    </AppProviders>
  </StrictMode>,
);
