import type { Locale } from '@chiso/scoring';
import { useLayoutEffect, useRef } from 'react';

/**
 * Calls `onSwitch(from, to)` once each time the console's language changes, so forms can re-show
 * the numbers typed so far in the new language's convention ("0,75" ↔ "0.75") before they are
 * read in it (before the screen is painted). Not called on the first render.
 */
export function useLocaleSwitch(locale: Locale, onSwitch: (from: Locale, to: Locale) => void) {
  const shown = useRef(locale);
  useLayoutEffect(() => {
    const from = shown.current;
    if (from === locale) return;
    shown.current = locale;
    onSwitch(from, locale);
  }, [locale, onSwitch]);
}
