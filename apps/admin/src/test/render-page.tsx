import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { SessionProvider } from '../features/auth/session.tsx';
import { createApiClient } from '../graphql/client.ts';

/**
 * A page as the console shows it: the console's own urql client (its document cache and all) against
 * `fakeApi`, the session, and a data router at `path` (the entry page holds back navigation with it).
 * Any other address shows nothing: `router.navigate` there leaves the page, as a person going back to
 * a list does, and the client stays for the next page opened.
 */
export function renderPage(route: string, path: string, page: ReactElement) {
  const router = createMemoryRouter(
    [
      { path: route, element: <SessionProvider>{page}</SessionProvider> },
      { path: '*', element: null },
    ],
    { initialEntries: [path] },
  );
  const rendered = render(
    <Provider value={createApiClient('http://chiso.test/graphql')}>
      <RouterProvider router={router} />
    </Provider>,
  );
  return { ...rendered, router };
}
