import 'i18next';
import type vi from './vi.json';

// Keys are checked against the Vietnamese texts (the reference language; en.json has the same keys, which
// i18n.test.ts checks), so a missing or misspelt key fails typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
