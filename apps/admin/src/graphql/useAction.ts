import { useTranslation } from 'react-i18next';
import { type AnyVariables, useMutation } from 'urql';
import { type AppError, isAppError } from './errors.ts';

export type Outcome<T> = { ok: true; data: T } | { ok: false; error: AppError | string };

/** A mutation answering `Success { data } | AppError`, as one outcome: data, or the error to show. */
export function useAction<T>(mutation: string, field: string) {
  const { t } = useTranslation();
  const [state, execute] = useMutation(mutation);
  const run = async (variables: AnyVariables): Promise<Outcome<T>> => {
    const answer = await execute(variables as Record<string, unknown>);
    const outcome = (answer.data as Record<string, unknown> | undefined)?.[field] as
      | { data: T }
      | AppError
      | undefined;
    if (answer.error || !outcome) return { ok: false, error: t('common.networkError') };
    if (isAppError(outcome)) return { ok: false, error: outcome };
    return { ok: true, data: outcome.data };
  };
  return [state.fetching, run] as const;
}
