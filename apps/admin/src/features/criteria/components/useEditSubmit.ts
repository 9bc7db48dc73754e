import { useState } from 'react';
import type { AppError } from '../../../graphql/errors.ts';
import type { Outcome } from '../../../graphql/useAction.ts';

/** One edit form's save: busy while it runs, done when it worked, the error kept when it did not. */
export function useEditSubmit<A>(save: (value: A) => Promise<Outcome<unknown>>, onDone: () => void) {
  const [error, setError] = useState<AppError | string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (value: A) => {
    setSaving(true);
    const outcome = await save(value);
    setSaving(false);
    if (outcome.ok) {
      setError(null);
      onDone();
    } else setError(outcome.error);
  };
  return { error, saving, submit };
}
