import type { TadaDocumentNode } from 'gql.tada';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useLocale } from '../lib/locale.ts';
import { type AppError, isAppError } from './errors.ts';
import { failureMessage } from './failure.ts';

export type Outcome<T> = { ok: true; data: T } | { ok: false; error: AppError | string };

/** The `data` of a mutation field answering `Success { data } | AppError`. */
type SuccessData<Answer> = Extract<NonNullable<Answer>, { data: unknown }>['data'];

/** A mutation answering `Success { data } | AppError`, as one outcome: data, or the error to show. */
export function useAction<
  Result extends Record<string, unknown>,
  Variables extends Record<string, unknown>,
  Field extends keyof Result & string,
>(mutation: TadaDocumentNode<Result, Variables>, field: Field) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, execute] = useMutation<Result, Variables>(mutation);
  const run = async (variables: Variables): Promise<Outcome<SuccessData<Result[Field]>>> => {
    const answer = await execute(variables);
    const outcome = answer.data?.[field];
    if (answer.error || !outcome) return { ok: false, error: failureMessage(answer.error, locale, t) };
    if (isAppError(outcome)) return { ok: false, error: outcome };
    return { ok: true, data: (outcome as unknown as { data: SuccessData<Result[Field]> }).data };
  };
  return [state.fetching, run] as const;
}
