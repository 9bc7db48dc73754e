import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { App } from './App.tsx';
import { SessionProvider } from './features/auth/session.tsx';
import { PublicEntry } from './features/public/PublicEntry.tsx';
import { PUBLIC_ROOT } from './features/public/paths.ts';
import { createApiClient } from './graphql/client.ts';
import { i18n } from './i18n/index.ts';
import { preloadPage } from './pages.tsx';
import './styles.css';
import './print.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
document.documentElement.lang = i18n.language;
// A deep link's chunk loads alongside the session query, not after it.
preloadPage(window.location.pathname);

// A data router, so a page can hold back in-app navigation (the entry page's unsaved-changes warning);
// the routes themselves stay in App's <Routes>.
const router = createBrowserRouter([
  // The public results: no session is asked for, so anonymous visitors are not sent to sign in.
  { path: `${PUBLIC_ROOT}/*`, element: <PublicEntry /> },
  {
    path: '*',
    element: (
      <SessionProvider>
        <App />
      </SessionProvider>
    ),
  },
]);

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Provider value={createApiClient()}>
        <RouterProvider router={router} />
      </Provider>
    </I18nextProvider>
  </StrictMode>,
);
