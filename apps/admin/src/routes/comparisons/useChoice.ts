import { useSearchParams } from 'react-router';
import { type Choice, type ChoiceChange, readChoice, writeChoice } from './choice.ts';

/**
 * The workbench's choice, kept in the URL search params (like the ranking's): a change replaces the
 * current entry, while reopening a saved comparison pushes one, so Back returns to what was there.
 */
export function useChoice(fallback: { group: string; period: string }) {
  const [params, setParams] = useSearchParams();
  const choice: Choice = readChoice(params, fallback);
  const change = (next: ChoiceChange) =>
    setParams((current) => writeChoice(current, next), { replace: true });
  const restore = (saved: URLSearchParams) => setParams(saved);
  return { choice, change, restore };
}
