import { startTransition, useOptimistic } from 'react';
import { useSearchParams } from 'react-router';
import { type Choice, type ChoiceChange, readChoice, writeChoice } from './choice.ts';

/**
 * The workbench's choice, kept in the URL search params (like the ranking's): a change replaces the
 * current entry, while reopening a saved comparison pushes one, so Back returns to what was there.
 * The router applies a URL change in a transition; until it lands, the controls show the new
 * choice optimistically (a controlled checkbox would otherwise snap back for a moment).
 */
export function useChoice(fallback: { group: string; period: string }) {
  const [params, setParams] = useSearchParams();
  const [shown, show] = useOptimistic(params);
  const choice: Choice = readChoice(shown, fallback);
  const go = (next: URLSearchParams, replace: boolean) =>
    startTransition(() => {
      show(next);
      setParams(next, { replace });
    });
  const change = (next: ChoiceChange) => go(writeChoice(shown, next), true);
  const restore = (saved: URLSearchParams) => go(saved, false);
  return { choice, change, restore };
}
