import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n } from './i18n/index.ts';

// findBy/waitFor give up after 1 s by default: too short when every check of the workspace shares two
// cores, and a screen that answers later is not wrong.
configure({ asyncUtilTimeout: 5_000 });

// The files of a worker share one jsdom (vitest.config.ts): each test leaves it as it found it —
// nothing rendered, Vietnamese, no stored draft or language, at the root URL.
afterEach(async () => {
  await i18n.changeLanguage('vi');
  // Files that run in Node (`@vitest-environment node`) have no page to reset.
  if (typeof document === 'undefined') return;
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});
