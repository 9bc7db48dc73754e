import { useEffect } from 'react';
import { type Blocker, useBlocker } from 'react-router';

/**
 * Warns before anything unsaved is left behind: the browser's own prompt on closing or reloading the
 * tab, and a blocker the page answers for a link inside the console (needs the data router, see main.tsx).
 */
export function useLeaveWarning(unsaved: boolean): Blocker {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return useBlocker(
    ({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname,
  );
}
